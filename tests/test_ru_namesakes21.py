"""A bare surname two people of an article bear is the bearer named by then (issues 13, 11):
never the namesake the article names later, held at the namesake cap once both are named,
and a headline's shared surname only the lede's one bearer. Russian and English alike;
invented text only (store/quotes/ru/namesakes.py, store/quotes/namesakes.py)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.extract import extract_quotes
from store.quotes.namesakes import SHARED_NAME

PAVEL = "Директор завода Павел Сомов провел совещание."
OLEG = "Позже выступил его брат Олег Сомов."
ANNA = "Глава фонда Анна Сомова открыла выставку."
NASTYA = "На открытии была и Анастасия Сомова."
ADA = "Mayor Ada Kerr opened the fair."
TOM = "Her brother Tom Kerr also spoke."

Credit = tuple[str, str | None, AttributionHow | None, float]


def credits(title: str, *paragraphs: str) -> list[Credit]:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how, q.confidence) for q in found]


SURE = 0.96  # confidence_of(SURNAME): a surname one person named by then bears

BY_THEN = [
    # (title, paragraphs, expected credits)
    # Павел named, then the cue, then Олег: the cue is Павел's, as sure as any surname.
    (
        "Новости дня",
        (PAVEL, "Цены не вырастут, сказал Сомов журналистам.", OLEG),
        [("Цены не вырастут", "Павел Сомов", AttributionHow.SURNAME, SURE)],
    ),
    # The same with the later namesake in the cue's own paragraph.
    (
        "Новости дня",
        (PAVEL, "Цены не вырастут, сказал Сомов. Затем выступил Олег Сомов."),
        [("Цены не вырастут", "Павел Сомов", AttributionHow.SURNAME, SURE)],
    ),
    # A direct quote, and a woman's surname: Анна, named before it, not Анастасия after.
    (
        "Новости дня",
        (ANNA, "«Выставка продлится месяц», — сказала Сомова.", NASTYA),
        [("Выставка продлится месяц", "Анна Сомова", AttributionHow.SURNAME, SURE)],
    ),
    # Both named by then: the one named last before the cue, but no sure pick.
    (
        "Новости дня",
        (PAVEL, OLEG, "Цены не вырастут, сказал Сомов журналистам."),
        [("Цены не вырастут", "Олег Сомов", AttributionHow.SURNAME, SHARED_NAME)],
    ),
    # Павел's words, then Олег named and a second cue: each the Сомов named last before it.
    (
        "Новости дня",
        (
            PAVEL,
            "«Цены не вырастут», — сказал Сомов.",
            OLEG,
            "«Цех откроют в мае», — добавил Сомов.",
        ),
        [
            ("Цены не вырастут", "Павел Сомов", AttributionHow.SURNAME, SURE),
            ("Цех откроют в мае", "Олег Сомов", AttributionHow.SURNAME, SHARED_NAME),
        ],
    ),
    # The cue before either is named: which Сомова no reader can tell, so no one's words.
    ("Новости дня", ("Выставка продлится месяц, сказала Сомова.", ANNA, NASTYA), []),
    # Before the only bearer is named: hers, as ever.
    (
        "Новости дня",
        ("Выставка продлится месяц, сказала Сомова.", NASTYA),
        [("Выставка продлится месяц", "Анастасия Сомова", AttributionHow.SURNAME, SURE)],
    ),
    # English: Ada named, the cue, then Tom: Ada's, not capped.
    (
        "News",
        (ADA, "Prices will not rise, Kerr said.", TOM),
        [("Prices will not rise", "Ada Kerr", AttributionHow.SURNAME, SURE)],
    ),
    (
        "News",
        (f"{ADA} Prices will not rise, Kerr said. {TOM}",),
        [("Prices will not rise", "Ada Kerr", AttributionHow.SURNAME, SURE)],
    ),
    # English, both named by then: capped.
    (
        "News",
        (ADA, TOM, "Prices will not rise, Kerr said."),
        [("Prices will not rise", "Tom Kerr", AttributionHow.SURNAME, SHARED_NAME)],
    ),
]


@pytest.mark.parametrize(("title", "paragraphs", "expected"), BY_THEN)
def test_a_bare_surname_is_the_bearer_named_by_then(
    title: str, paragraphs: tuple[str, ...], expected: list[Credit]
) -> None:
    assert credits(title, *paragraphs) == expected


HEADLINES = [
    # (title, paragraphs, the headline's speaker)
    # The lede names one Сомов, the next paragraph the other: the lede's.
    ("Сомов: цены не вырастут", (PAVEL, OLEG), "Павел Сомов"),
    # The lede names both: no telling whose.
    ("Сомов: цены не вырастут", (f"{PAVEL} Его брат Олег Сомов тоже пришел.",), None),
    # The lede names neither: no one's.
    ("Сомов: цены не вырастут", ("Совещание прошло на заводе.", PAVEL, OLEG), None),
    # One Сомов in the article: his, wherever he is named.
    ("Сомов: цены не вырастут", ("Совещание прошло на заводе.", OLEG), "Олег Сомов"),
    ("Сомова: выставка продлится месяц", (ANNA, NASTYA), "Анна Сомова"),
    # English: the lede's Kerr, not the one named after it.
    ("Kerr: prices will not rise", (ADA, TOM), "Ada Kerr"),
    ("Kerr: prices will not rise", ("Councillor Tom Kerr spoke first.", ADA), "Tom Kerr"),
]


@pytest.mark.parametrize(("title", "paragraphs", "speaker"), HEADLINES)
def test_a_headlines_shared_surname_is_the_ledes_one_bearer(
    title: str, paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    headline = [q.speaker for q in found if q.how == AttributionHow.HEADLINE]
    assert headline == ([speaker] if speaker else [])
