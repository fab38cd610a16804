"""A Russian newspaper interview's question and answer turns (store.quotes.ru.interview):
the answers are the interviewee's, the paper's questions and asides nobody's. Invented text."""

from __future__ import annotations

import pytest

from store.ingest.text import parse_text
from store.models import AttributionHow, QuoteKind
from store.quotes.confidence import confidence_of
from store.quotes.extract import extract_quotes

INTERVIEW = """Фрол Орешкин: «Паром будет ходить до ледостава»

О переправе, новых причалах и ценах на билеты «Вестнику Ольховки» рассказал глава района Фрол Орешкин.

— Фрол Ильич, когда паром встанет на зиму?

— Не раньше ледостава. В прошлом году мы возили людей до конца ноября.

— Билеты подорожают.

— Нет, цена останется прежней, район доплачивает перевозчику.

По данным районной администрации, переправой пользуются около 900 человек в день.

— А новый причал?

— Причал достроят к маю.

Нам обещали деньги из областного бюджета. Как сказал мне один капитан, „без причала паром — просто лодка“.
"""


def test_an_interviews_answers_are_the_interviewees() -> None:
    quotes = extract_quotes(parse_text(INTERVIEW)).quotes
    answers = [(q.paragraph, q.text) for q in quotes if q.paragraph is not None]
    assert answers == [
        (2, "Не раньше ледостава. В прошлом году мы возили людей до конца ноября"),
        # "— Билеты подорожают." has no "?": it asks, as the turn after an answer.
        (4, "Нет, цена останется прежней, район доплачивает перевозчику"),
        # The paper's aside (¶5) is nobody's; the first-person paragraph after the last
        # answer goes on with it, the captain's words inside it part of it.
        (7, "Причал достроят к маю"),
        (
            8,
            "Нам обещали деньги из областного бюджета. Как сказал мне один капитан, „без "
            "причала паром — просто лодка“",
        ),
    ]
    assert {(q.speaker, q.kind, q.how) for q in quotes if q.paragraph is not None} == {
        ("Фрол Орешкин", QuoteKind.DIRECT, AttributionHow.LAYOUT)
    }


def test_the_interviewee_is_the_last_person_named_before_the_questions() -> None:
    text = INTERVIEW.replace("Фрол Орешкин: «Паром будет ходить до ледостава»", "Переправа")
    quotes = extract_quotes(parse_text(text)).quotes
    assert {q.speaker for q in quotes} == {"Фрол Орешкин"}


def test_one_dashed_question_is_no_interview() -> None:
    text = (
        "Переправа\n\nГлава района Фрол Орешкин приехал на причал.\n\n— Когда паром встанет?"
        "\n\n— Не раньше ледостава."
    )
    assert not extract_quotes(parse_text(text)).quotes


def _interview(title: str, lede: str, address: str = "") -> str:
    return (
        f"{title}\n\n{lede}\n\n— {address}когда паром встанет на зиму?\n\n"
        "— Не раньше ледостава, мы возили людей до конца ноября.\n\n— А новый причал?\n\n"
        "— Причал достроят к маю.\n"
    )


# (title, lede, the first question's address, whose the answers are: None for nobody's)
WHOSE = [
    # The lede's "рассказал X", then someone else named: the interviewee, not the last named.
    (
        "Переправа",
        "О ценах на билеты «Вестнику Ольховки» рассказал глава района Фрол Орешкин. "
        "Ранее губернатор области Олег Смирнов подписал указ о новых причалах.",
        "",
        "Фрол Орешкин",
    ),
    (
        "Переправа",
        "Глава района Фрол Орешкин рассказал «Вестнику», как зимует переправа. "
        "Накануне губернатор Олег Смирнов обещал деньги на причал.",
        "",
        "Фрол Орешкин",
    ),
    (
        "Переправа",
        "Губернатор Олег Смирнов обещал деньги на причал. В интервью «Вестнику» глава "
        "района Фрол Орешкин объяснил, когда их ждать.",
        "",
        "Фрол Орешкин",
    ),
    # The first question addresses someone by name and patronymic: the first named here.
    (
        "Переправа",
        "Губернатор Олег Смирнов обещал деньги на причал. Глава района Фрол Орешкин "
        "отвечает за переправу.",
        "Олег Иванович, ",
        "Олег Смирнов",
    ),
    # The title opens with the interviewee.
    (
        "Фрол Орешкин — о переправе и причалах",
        "Губернатор Олег Смирнов обещал деньги на причал.",
        "",
        "Фрол Орешкин",
    ),
    # One person named: theirs.
    ("Переправа", "Глава района Фрол Орешкин отвечает за переправу.", "", "Фрол Орешкин"),
    # Two people named and nothing saying which one answers: nobody's.
    (
        "Переправа",
        "Губернатор Олег Смирнов обещал деньги на причал. Глава района Фрол Орешкин "
        "отвечает за переправу.",
        "",
        None,
    ),
    # The lede and the address disagree: nobody's.
    (
        "Переправа",
        "О переправе «Вестнику» рассказал глава района Фрол Орешкин. Губернатор Олег "
        "Смирнов обещал деньги на причал.",
        "Олег Иванович, ",
        None,
    ),
]


@pytest.mark.parametrize(("title", "lede", "address", "speaker"), WHOSE)
def test_whose_an_interviews_answers_are(
    title: str, lede: str, address: str, speaker: str | None
) -> None:
    quotes = extract_quotes(parse_text(_interview(title, lede, address))).quotes
    answers = [q for q in quotes if q.paragraph is not None and q.paragraph >= 2]
    if speaker is None:
        assert not [q for q in answers if q.speaker is not None]
        return
    assert [(q.paragraph, q.speaker) for q in answers] == [(2, speaker), (4, speaker)]


def test_an_interviews_answers_are_shown_as_probably_theirs() -> None:
    # The layout, not a verb of saying, credits them: LAYOUT, below a named cue's sureness.
    quotes = extract_quotes(parse_text(INTERVIEW)).quotes
    answers = [q for q in quotes if q.paragraph is not None]
    assert {(q.how, q.confidence) for q in answers} == {
        (AttributionHow.LAYOUT, confidence_of(AttributionHow.LAYOUT))
    }
    assert confidence_of(AttributionHow.LAYOUT) < confidence_of(AttributionHow.NAMED)
