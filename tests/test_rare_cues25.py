"""Rarer speech verbs: "hollered", "vented that", "signalled that", "sang" (rare_cues.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CUED = [
    # (paragraph, speaker, words)
    ("“Get off the pitch!” hollered Tom Vale.", "Tom Vale", "Get off the pitch!"),
    ("Minister Ada Kerr signalled that the deal was close.", "Ada Kerr", "the deal was close"),
    ("Tom Vale vented that the referee was blind.", "Tom Vale", "the referee was blind"),
    # A choir's or a crowd's song, right after the closing mark, is its words.
    ("“We shall overcome,” sang the choir.", "the choir", "We shall overcome"),
    ("“We shall overcome,” the crowd sang.", "the crowd", "We shall overcome"),
]


@pytest.mark.parametrize(("paragraph", "speaker", "words"), CUED)
def test_a_rare_verb_credits_its_words(paragraph: str, speaker: str, words: str) -> None:
    [quote] = extract_quotes(Article(title="Day", paragraphs=(paragraph,))).quotes
    assert (quote.speaker, quote.text) == (speaker, words)


UNCUED = [
    # Nothing and no one speaks: a car, a set of figures, an event.
    "The car signalled that it would turn left.",
    "The figures signalled that inflation was easing.",
    "The move signalled that the party was split.",
    # "vented" with an object is anger, not a clause.
    "Tom Vale vented his anger at the referee.",
]


@pytest.mark.parametrize("paragraph", UNCUED)
def test_a_rare_verb_of_no_speech(paragraph: str) -> None:
    assert extract_quotes(Article(title="Day", paragraphs=(paragraph,))).quotes == ()


def test_a_sung_title_is_no_singers_words() -> None:
    # "sang" counts only as a quote's own credit: a title after it is a song's name.
    found = extract_quotes(Article(title="Day", paragraphs=("Ada Kerr sang “Blue Moon”.",)))
    assert [q.speaker for q in found.quotes if q.speaker] == []
