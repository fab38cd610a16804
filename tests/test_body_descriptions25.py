"""A description whose noun is a body ("the airline", "the trust") is never the person the
passage just named: "Bo Renn flew home. “…,” the airline said" is the airline's, not Renn's."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES: list[tuple[str, str, str | None]] = [
    # (paragraph, the quote's words, its speaker)
    (
        "Bo Renn flew to Oslo on Monday. “We were delayed for hours,” the airline said.",
        "delayed",
        "the airline",
    ),
    (
        "Ida Vell lodged a complaint. “We are looking into it,” the trust said.",
        "looking",
        "the trust",
    ),
    # Not a body: a person's description still finds who was named (as before).
    ("Ada Kerr, a pilot, landed at noon. “It was calm,” the pilot said.", "calm", "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), CASES)
def test_a_body_description_is_no_person(paragraph: str, words: str, speaker: str | None) -> None:
    quotes = extract_quotes(Article(title="Flights", paragraphs=(paragraph,))).quotes
    assert [q.speaker for q in quotes if words in q.text] == [speaker]
