"""Who the cast knows: a title's sex picks the namesake, pairs, tags and lone surnames."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speaker_of(paragraphs: tuple[str, ...], quoted: str) -> str | None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    return next(q for q in quotes if q.text == quoted).speaker


NAMESAKES = [
    # (paragraphs, quoted text, expected speaker)
    # Brother and sister share a surname; her first name says no sex: "Mr." is him, "Ms." her.
    (
        (
            "Omar Lintz, the mayor, and his sister, Dalia Lintz, a lawyer, met the board.",
            "“The bridge will wait,” Mr. Lintz said.",
        ),
        "The bridge will wait",
        "Omar Lintz",
    ),
    (
        (
            "Omar Lintz, the mayor, and his sister, Dalia Lintz, a lawyer, met the board.",
            "“We filed the papers,” Ms. Lintz said.",
        ),
        "We filed the papers",
        "Dalia Lintz",
    ),
    # She was named last and most, yet "Mr." is still the man.
    (
        (
            "Maria Lintz, a lawyer, joined her brother, Omar Lintz, at the hearing.",
            "Maria Lintz spoke first, and Maria Lintz spoke long.",
            "“The bridge will wait,” said Mr. Lintz.",
        ),
        "The bridge will wait",
        "Omar Lintz",
    ),
    (
        (
            "Maria Lintz, a lawyer, joined her brother, Omar Lintz, at the hearing.",
            "Omar Lintz spoke first, and Omar Lintz spoke long.",
            "“We filed the papers,” said Mrs. Lintz.",
        ),
        "We filed the papers",
        "Maria Lintz",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), NAMESAKES)
def test_a_titles_sex_picks_the_namesake(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker
