"""The two people of the reported-speech tests and how those tests read one paragraph: the
indirect quotes of a paragraph written after an introduction that names both."""

from __future__ import annotations

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

INTRO = "Anna Berg, the fisheries minister, and Lars Holm, a trawler captain, met in Tromso."
BERG, HOLM = "Anna Berg", "Lars Holm"


def reported(paragraph: str) -> list[tuple[str, str | None]]:
    """The indirect quotes of one paragraph written after INTRO, as (text, speaker)."""
    found = extract_quotes(Article(title="A headline", paragraphs=(INTRO, paragraph)))
    return [
        (q.text, q.speaker)
        for q in found.quotes
        if q.kind == QuoteKind.INDIRECT and q.paragraph == 1
    ]
