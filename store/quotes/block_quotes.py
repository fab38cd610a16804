"""A paragraph of someone's text set out without marks, after "Kerr wrote:", is Kerr's.

"In a post, Kerr wrote: ¶ I think the port must stay open. What we should ask is “who pays?”":
the block is Kerr's words, so the words in marks inside it, which she quotes or asks, are hers
too; nothing cues them in their own paragraph. A block reads as the writer's own voice ("I",
"we") or as narration with no speech verb; narration that reports speech ("The board said
…") speaks for itself.
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan
from store.quotes.sentences import sentence_ends
from store.quotes.speech import speech_verbs

MIN_SENTENCES = 2
VOICE_REACH = 30  # characters before a speech verb read for its "I" or "we"
_VOICES = frozenset(("i", "we"))
_WORD = re.compile(r"[\w’'-]+")
_OPENING_MARKS = ("“", '"', "‘", "'")


def in_block(text: str, span: QuotedSpan) -> bool:
    """True when `span` stands inside an unquoted block: the paragraph (narration, its quotes
    masked) opens on no mark, runs over sentences (a list's item is one) and has no speech
    verb but the block's own voice's ("what we should ask is “…”")."""
    if text.lstrip().startswith(_OPENING_MARKS) or not text[: span.open_at].strip():
        return False
    if len(sentence_ends(text)) < MIN_SENTENCES:
        return False
    return all(_first_person_before(text, start) for start, _, _ in speech_verbs(text))


def _first_person_before(text: str, at: int) -> bool:
    """True for a speech verb whose subject is "I" or "we" a word or two before it."""
    words = _WORD.findall(text[max(0, at - VOICE_REACH) : at])[-3:]
    return any(word.casefold() in _VOICES for word in words)
