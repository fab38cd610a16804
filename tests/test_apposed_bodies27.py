"""A body's kind, then its name in apposition, then the verb (cue27 pattern 6).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _quotes(paragraph: str) -> list[tuple[str, str | None]]:
    article = Article(title="Ferry news", paragraphs=("Fares rise today.", paragraph))
    return [(q.kind, q.speaker) for q in extract_quotes(article).quotes]


# store.quotes.apposed_bodies: "The company, Talbridge Line, said" is the line, not the
# description at 0.85.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The company, Tolbrook Line, said “fares will fall”.", "Tolbrook Line"),
        ("The union, Dock Hands United, has said it would “walk out”.", "Dock Hands United"),
    ],
)
def test_the_name_in_apposition_speaks(paragraph: str, speaker: str) -> None:
    quotes = _quotes(paragraph)
    assert quotes
    assert all(found == speaker for _, found in quotes)


# Look-alikes: no name in apposition, or a phrase after it before the verb.
@pytest.mark.parametrize(
    "paragraph",
    [
        "The company, in Carran, said “fares will fall”.",
        "The company, which Ada Morrell founded, said “fares will fall”.",
        "The company, Tolbrook Line, owned by Ada Morrell, said “fares will fall”.",
    ],
)
def test_no_apposed_name_keeps_the_description(paragraph: str) -> None:
    assert [speaker for kind, speaker in _quotes(paragraph) if kind == "direct"] == ["The company"]
