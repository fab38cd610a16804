"""Quoted words that name whom a speech verb addresses: a scare quote, nobody's speech.

"Oakes asked the “guide” to wait for him", "she told the “experts” that ...": the marks hold
the writer's doubt about the hearer's label, and the verb's speaker never said the words; the
cue beside them is what made them look claimed.
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan

HEARER_WORDS = 3
# A verb that takes its hearer as its object, then an article, right before the marks. A
# possessive may be the speaker's own word ("he'd asked his “people” to"): not read.
_HEARER_BEFORE = re.compile(
    r"\b(?:asked|asks|told|tells|urged|urges|invited|invites|begged|pressed|warned|ordered)"
    r"\s+(?:the|a|an|this|that)\s*$"
)
# What a hearer object leaves for after it: "to join", "that the ...", "for help".
_HEARER_AFTER = re.compile(r"\s*(?:to|that|for|about|not|if|whether)\b")
_WORD = re.compile(r"\w+")


def hearer_term(paragraph: str, span: QuotedSpan) -> bool:
    """True for a few words in marks standing as the hearer of the verb before them."""
    # The verb first: it reads 30 characters, the words below the whole quote.
    if _HEARER_BEFORE.search(paragraph, max(0, span.open_at - 30), span.open_at) is None:
        return False
    text = paragraph[span.start : span.end]
    words = _WORD.findall(text)
    if not words or len(words) > HEARER_WORDS or text.rstrip()[-1:] in ".,!?":
        return False  # "told the “...,” she said": a clause of its own, speech
    return _HEARER_AFTER.match(paragraph, span.close_at + 1) is not None
