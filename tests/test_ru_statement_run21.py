""" "Об этом заявил X" after several statements of one paragraph: the run of them, and a
quote right before it, are X's; the run stops at a sentence that is someone else's or tells
of someone (store.quotes.ru.statement_run)."""

from __future__ import annotations

import pytest

from handlers.sureness import PLAIN_CONFIDENCE
from store.models import Article
from store.quotes.extract import extract_quotes

STOLBOVA = "Вице-губернатор области Марина Столбова и мэр Иван Горбунов провели совещание."
SEASON = "Отопительный сезон начнется 1 октября"
BOILERS = "Котельные уже переведены на газ"


def quotes_of(*paragraphs: str) -> list[tuple[str, str | None, str | None]]:
    found = extract_quotes(Article(title="Отопление", paragraphs=(STOLBOVA, *paragraphs)))
    return [(q.text, q.speaker, q.how) for q in found.quotes if q.paragraph != 0]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Two statements, then their source: both hers, as one reported statement.
        (
            f"{SEASON}. {BOILERS}. Об этом сообщила Столбова.",
            [(f"{SEASON}. {BOILERS}", "Марина Столбова", "surname")],
        ),
        (
            f"{SEASON}. Резерв топлива закуплен. {BOILERS}. Об этом сообщила Столбова.",
            [(f"{SEASON}. Резерв топлива закуплен. {BOILERS}", "Марина Столбова", "surname")],
        ),
        # A quote with no cue of its own before the statements is hers too.
        (
            f"«Зима нас не застанет врасплох». {SEASON}. {BOILERS}. Об этом сообщила Столбова.",
            [
                ("Зима нас не застанет врасплох", "Марина Столбова", "surname"),
                (f"{SEASON}. {BOILERS}", "Марина Столбова", "surname"),
            ],
        ),
        # A sentence with a cue of its own is its speaker's: the run stops after it.
        (
            f"Горбунов заявил, что денег хватит. {BOILERS}. Об этом сообщила Столбова.",
            [("денег хватит", "Иван Горбунов", "surname"), (BOILERS, "Марина Столбова", "surname")],
        ),
        (
            f"Как отметили в мэрии, денег хватит. {BOILERS}. Об этом сообщила Столбова.",
            [("денег хватит", "Мэрия", "organisation"), (BOILERS, "Марина Столбова", "surname")],
        ),
        # A sentence naming someone tells of them, and a role's word of whoever holds it.
        (
            f"Горбунов приехал на котельную. {SEASON}. {BOILERS}. Об этом сообщила Столбова.",
            [(f"{SEASON}. {BOILERS}", "Марина Столбова", "surname")],
        ),
        (
            f"Министр приехал на котельную. {SEASON}. {BOILERS}. Об этом сообщила Столбова.",
            [(f"{SEASON}. {BOILERS}", "Марина Столбова", "surname")],
        ),
        # Right before the cue, a sentence naming someone is nobody's words (it was hers).
        (f"{SEASON}. Горбунов приехал на котельную. Об этом сообщила Столбова.", []),
    ],
)
def test_about_this_after_several_statements_takes_the_run(
    paragraph: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert quotes_of(paragraph) == expected


def test_a_quote_before_a_run_that_names_someone_is_not_the_sources() -> None:
    # "Горбунов приехал" stands between: the quote is not pointed back to (it is nearby).
    paragraph = (
        f"«Зима нас не застанет врасплох». Горбунов приехал на котельную. {BOILERS}. "
        "Об этом сообщила Столбова."
    )
    found = extract_quotes(Article(title="Отопление", paragraphs=(STOLBOVA, paragraph))).quotes
    quote = next(q for q in found if q.text == "Зима нас не застанет врасплох")
    assert quote.how == "nearby"


def _confidences(paragraph: str) -> dict[str, float]:
    found = extract_quotes(Article(title="Отопление", paragraphs=(STOLBOVA, paragraph))).quotes
    return {q.text: q.confidence or 0.0 for q in found if q.paragraph != 0}


@pytest.mark.parametrize(
    ("paragraph", "text", "sure"),
    [
        # The sentence right before "Об этом" is the source's, as plainly as the cue names her.
        (f"{BOILERS}. Об этом сообщила Столбова.", BOILERS, True),
        # Sentences further back may be the reporter's background ("В прошлом году ..."): the
        # run is hers only probably, and so is a quote before it.
        (f"{SEASON}. {BOILERS}. Об этом сообщила Столбова.", f"{SEASON}. {BOILERS}", False),
        (
            f"«Зима нас не застанет врасплох». {SEASON}. {BOILERS}. Об этом сообщила Столбова.",
            "Зима нас не застанет врасплох",
            False,
        ),
    ],
)
def test_a_run_beyond_the_nearest_sentence_is_hedged(paragraph: str, text: str, sure: bool) -> None:
    assert (_confidences(paragraph)[text] >= PLAIN_CONFIDENCE) == sure
