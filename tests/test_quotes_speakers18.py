"""Whom a direct quote's cue means: shared surnames, places after a role, openers, particles."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # A relative named once in full does not take over the surname the article is about.
    (
        (
            "Lena Marsh, the chief executive of Dovecote Mills, announced the merger on Monday.",
            "Lena Marsh said the board had agreed within the hour.",
            "Her husband, Oskar Marsh, runs a bakery across the street.",
            "“We move fast when the price is right,” Marsh said.",
        ),
        "We move fast when the price is right",
        "Lena Marsh",
    ),
    # The other way round: the relative named most is whom the lone surname means.
    (
        (
            "Oskar Marsh bakes bread in Dovecote. Oskar Marsh opened at dawn.",
            "His wife, Lena Marsh, runs the mill.",
            "“Flour is dearer every week,” Marsh said.",
        ),
        "Flour is dearer every week",
        "Oskar Marsh",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), CASES)
def test_direct_quote_speaker(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    quotes = extract_quotes(Article(title="Town notes", paragraphs=paragraphs)).quotes
    quote = next(q for q in quotes if q.text.startswith(text))
    assert quote.speaker == speaker
