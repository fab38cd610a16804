"""Russian bodies named by a phrase ("сообщили в городском управлении здравоохранения") speak
as the nominative body would; a body after "в" with a verb in the singular is where its
subject spoke, not who (store.quotes.ru.bodies)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, SpeakerKind
from store.quotes.extract import extract_quotes

PETROV = "Министр финансов области Иван Петров приехал в Кедровск."


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker"),
    [
        (
            "Тарифы не вырастут. Об этом сообщили в городском управлении ЖКХ.",
            "Тарифы не вырастут",
            "городское управление ЖКХ",
        ),
        (
            "Тарифы не вырастут, сообщили в районной администрации.",
            "Тарифы не вырастут",
            "районная администрация",
        ),
        (
            "В областном министерстве финансов заявили, что тарифы не вырастут.",
            "тарифы не вырастут",
            "областное министерство финансов",
        ),
        (
            "«Тарифы не вырастут», — сообщили в региональном департаменте энергетики.",
            "Тарифы не вырастут",
            "региональный департамент энергетики",
        ),
        # Opening the sentence, the adjective is capitalised; the body's name is not.
        (
            "Районная администрация сообщила, что тарифы не вырастут.",
            "тарифы не вырастут",
            "районная администрация",
        ),
        # A body named by its own word keeps its capital, as before.
        ("Тарифы не вырастут, сообщили в министерстве.", "Тарифы не вырастут", "Министерство"),
        # "в четверг" before it is when: the body speaks, its verb in the singular.
        (
            "Тарифы не вырастут, сообщило в четверг министерство.",
            "Тарифы не вырастут",
            "Министерство",
        ),
    ],
)
def test_a_body_named_by_adjectives_speaks(paragraph: str, text: str, speaker: str) -> None:
    attribution = extract_quotes(Article(title="Тарифы", paragraphs=(paragraph,)))
    [quote] = attribution.quotes
    assert (quote.text, quote.speaker, quote.how) == (text, speaker, AttributionHow.ORGANISATION)
    assert [(s.name, s.kind) for s in attribution.speakers] == [(speaker, SpeakerKind.ORGANISATION)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Петров заявил в правительстве, что тарифы не вырастут.",
        "Петров сообщил в городском управлении ЖКХ, что тарифы не вырастут.",
        "Петров сообщил на заседании комиссии, что тарифы не вырастут.",
    ],
)
def test_a_body_after_a_singular_cue_is_where_its_subject_spoke(paragraph: str) -> None:
    quotes = extract_quotes(Article(title="Тарифы", paragraphs=(PETROV, paragraph))).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("тарифы не вырастут", "Иван Петров")]


def test_a_pronoun_adjective_opens_no_body() -> None:
    # "этом" agrees as an adjective does: the body is the ministry, not "это министерство".
    paragraph = "Тарифы не вырастут, сообщили в этом министерстве."
    [quote] = extract_quotes(Article(title="Тарифы", paragraphs=(paragraph,))).quotes
    assert (quote.text, quote.speaker) == ("Тарифы не вырастут", "Министерство")
