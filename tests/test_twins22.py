"""Concepts once written twice, now in one place (stop 22, issue 11 upkeep).

Invented text. Each table fails without the step it names: the article text joined once per
article for the junk check, not once per quote.
"""

from __future__ import annotations

import pytest

from store.models import AttributionHow, Quote, QuoteKind
from store.quotes import junk_speakers
from store.quotes.common_words import lower_case_words


def _quote(paragraph: str, words: str, speaker: str) -> Quote:
    start = paragraph.index(words)
    end, how = start + len(words), AttributionHow.NEARBY
    return Quote(words, speaker, None, "said", QuoteKind.DIRECT, 0, start, end, how, 0.8)


def test_junk_check_joins_the_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = "“The quay is shut,” Ada Kerr said. “Boats wait,” Tom Hale said."
    texts = ("Harbour levy vote", paragraph)
    seen: list[str] = []

    def spy(name: str, article_text: str, *args: object, **kwargs: object) -> bool:
        seen.append(article_text)
        return False

    monkeypatch.setattr(junk_speakers, "junk_speaker", spy)
    quotes = [_quote(paragraph, "The quay", "Ada Kerr"), _quote(paragraph, "Boats", "Tom Hale")]
    junk_speakers.checked_speakers(quotes, texts, lower_case_words(texts))
    assert len(seen) == 2 and seen[0] is seen[1]  # one joined text read by every quote
    assert seen[0] == "\n".join(texts)
