"""Confident wrong speakers a review found: a passive "’s".

Each case is a short invented article; the speaker is what "who said it?" must answer.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote
from store.quotes.extract import extract_quotes


def _quotes(*paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes)


def _speakers_of(words: str, *paragraphs: str) -> list[str | None]:
    """The speaker of every quote holding `words`."""
    return [q.speaker for q in _quotes(*paragraphs) if words in q.text]


CONTRACTED_IS = [
    # "It’s said that ...": "it is said", a rumour nobody here tells.
    (("Ada Kerr runs the ferry office in Hull.", "It's said that the office will shut in May."),
     "the office will shut"),
    # "’s called “...” by": the name others give him, not his words.
    (("Tom Dunn runs the quay. He’s called “the fixer” by the pilots.",), "the fixer"),
    (("Tom Dunn runs the quay. It’s called “the best berth in Hull” by the pilots.",),
     "the best berth"),
    # "’s said to be": a rumour about him.
    (("Tom Dunn runs the quay. He’s said to be “furious” about the sale.",), "furious"),
]


@pytest.mark.parametrize(("paragraphs", "words"), CONTRACTED_IS)
def test_a_passive_contracted_is_credits_not_its_subject(
    paragraphs: tuple[str, ...], words: str
) -> None:
    speakers = [speaker or "" for speaker in _speakers_of(words, *paragraphs)]
    assert not [speaker for speaker in speakers if "Kerr" in speaker or "Dunn" in speaker]


CONTRACTED_HAS = [
    # Unchanged: "he’s said" and "she’s promised to" are "has".
    (("Tom Dunn runs the quay. He’s said the sale is “a mistake.”",), "the sale is", "Tom Dunn"),
    (("Ada Kerr runs the ferry office. She’s repeatedly said the office “will never shut.”",),
     "will never shut", "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), CONTRACTED_HAS)
def test_a_pronouns_contracted_has_still_speaks(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert set(_speakers_of(words, *paragraphs)) == {speaker}
