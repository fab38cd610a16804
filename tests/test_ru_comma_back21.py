"""Russian cues that point back across a comma: "…, о чем сообщил X", "…, об этом он
сказал" give the words before the comma to the speaker (store.quotes.ru.comma_back)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, QuoteKind
from store.quotes.extract import extract_quotes
from store.quotes.ru.comma_back import comma_back

BELOVA = "Мэр Кедровска Анна Белова провела совещание."


@pytest.mark.parametrize(
    ("paragraph", "text", "speaker", "how"),
    [
        (
            "Тарифы в этом году не вырастут, о чем сообщила ТАСС мэр города Анна Белова.",
            "Тарифы в этом году не вырастут",
            "Анна Белова",
            AttributionHow.NAMED,
        ),
        (
            "Тарифы в этом году не вырастут, о чём в понедельник сообщила Белова.",
            "Тарифы в этом году не вырастут",
            "Анна Белова",
            AttributionHow.SURNAME,
        ),
        (
            "Тарифы в этом году не вырастут, об этом она сказала на брифинге.",
            "Тарифы в этом году не вырастут",
            "Анна Белова",
            AttributionHow.PRONOUN,
        ),
        # The sentence before is not the speaker's: only the clause of the cue's sentence.
        (
            "Совещание шло три часа. Тарифы не вырастут, об этом она сказала журналистам.",
            "Тарифы не вырастут",
            "Анна Белова",
            AttributionHow.PRONOUN,
        ),
    ],
)
def test_a_cue_after_a_comma_points_back_to_its_statement(
    paragraph: str, text: str, speaker: str, how: AttributionHow
) -> None:
    quotes = extract_quotes(Article(title="Тарифы", paragraphs=(BELOVA, paragraph))).quotes
    assert [(q.text, q.speaker, q.how, q.kind) for q in quotes] == [
        (text, speaker, how, QuoteKind.INDIRECT)
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Тарифы не вырастут, о чем сообщила", True),
        ("Тарифы не вырастут, об этом в четверг она сказала", True),
        ("Тарифы не вырастут. Об этом она сказала", False),  # a sentence of its own
        ("Она говорила об этом сказала", False),  # no comma: "об этом" is the cue's object
        ("Тарифы не вырастут, о чем, как известно, сказала", False),  # a parenthesis between
    ],
)
def test_only_a_comma_and_a_relative_right_before_the_cue_point_back(
    text: str, found: bool
) -> None:
    cue = text.rindex(" ") + 1
    assert (comma_back(text, cue) is not None) == found
