"""Probe 22b (issue 11): sources a reader hedges or resolves, and clues that must not lower a
plain attribution (store.quotes.evidence, ...). Invented fixtures only."""

from __future__ import annotations

import pytest

from store.models import Article, Quote
from store.quotes.extract import extract_quotes


def _direct(*paragraphs: str) -> list[Quote]:
    article = Article(title="Story", paragraphs=paragraphs)
    return [q for q in extract_quotes(article).quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "told the <outlet>" is the speaker's own cue, not a relay of another's words.
        "Mira Tollan said she was pleased. “We thought we were finished,” she told the Courier.",
        "Mira Tollan said she was pleased. 'We thought we were finished,' she told the Courier.",
        "Mira Tollan said she was pleased. «We thought we were finished», she told the crowd.",
    ],
)
def test_telling_an_outlet_is_no_relay(paragraph: str) -> None:
    quote = _direct(paragraph)[-1]
    assert quote.speaker == "Mira Tollan"
    assert quote.confidence >= 0.7  # a pronoun's own confidence, not a relayed one's 0.47
