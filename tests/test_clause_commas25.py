"""“...,” said the pilot after "As Ada Kerr spoke, a harbour pilot watched": the unnamed
pilot, not Kerr; a comma after a clause is no name's appositive (unnamed_referents.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

QUOTE = "“It was hard to watch,” said the pilot, who works for another line."


def _last_speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "As Ada Kerr gave her speech, a harbour pilot for the Dover line watched from "
                "the quay and shook her head.",
                QUOTE,
            ),
            None,
        ),
        # A name's appositive: the pilot is the one named.
        (
            ("Tom Lind, a harbour pilot for the Dover line, watched from the quay.", QUOTE),
            "Tom Lind",
        ),
    ],
)
def test_a_clause_comma_brings_in_someone_new(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    found = _last_speaker(*paragraphs)
    assert found == speaker if speaker else found != "Ada Kerr"
