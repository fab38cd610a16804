"""A Russian newspaper interview's question and answer turns (store.quotes.ru.interview):
the answers are the interviewee's, the paper's questions and asides nobody's. Invented text."""

from __future__ import annotations

from store.ingest.text import parse_text
from store.models import AttributionHow, QuoteKind
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
        (8, "Нам обещали деньги из областного бюджета. Как сказал мне один капитан, „без "
            "причала паром — просто лодка“"),
    ]
    assert {(q.speaker, q.kind, q.how) for q in quotes if q.paragraph is not None} == {
        ("Фрол Орешкин", QuoteKind.DIRECT, AttributionHow.NAMED)
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
