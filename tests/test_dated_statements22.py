"""A document dated but not owned names no one (store.quotes.junk_speakers): "An Oct. 3
statement said: “…”" had the speaker "3 statement" at 0.94 and "A Friday statement said" the
speaker "statement" (review22b's item 6); an owner's statement keeps its owner."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Harbour Grid raised prices again this week."


def _speaker(paragraph: str) -> str | None:
    quotes = extract_quotes(Article(title="Prices", paragraphs=(LEDE, paragraph))).quotes
    return next(q.speaker for q in quotes if q.paragraph == 1)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("An Oct. 3 statement said: “We regret the rise.”", None),
        ("A Friday statement said: “We regret the rise but costs have doubled.”", None),
        ("A March 12 email said: “We regret the rise.”", None),
        # Kept: the owner named in the credit (probe22b's statement owners).
        ("A Harbour Grid statement said: “We regret the rise.”", "Harbour Grid"),
    ],
)
def test_a_dated_document_names_no_speaker(paragraph: str, speaker: str | None) -> None:
    assert _speaker(paragraph) == speaker
