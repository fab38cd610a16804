"""A capitalised word or two in marks right before a full name: an epithet, nobody's words.

"the South for “Dixie” Bo Renn", "a vote for “Honest” Ada Kerr": the marks hold a label the
name wears, as a title would stand there. Speech before a name is followed by its credit's
verb ("“Thanks” Ada Kerr said", a comma forgotten) or opens its sentence, so both are left
to the speakers.
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

MAX_EPITHET_WORDS = 2
# A lower-case word right before the marks: the epithet sits inside the sentence.
_WORD_BEFORE = re.compile(r"\b[a-z][\w-]*\s+$")
# Two capitalised words after the marks, a full name, and the word after it.
_FULL_NAME_AFTER = re.compile(
    r"\s+[A-Z][\w\u0300-\u036f’'.-]+\s+[A-Z][\w\u0300-\u036f’'-]+(?:\s+(?P<next>[a-z]+))?"
)


def epithet(paragraph: str, span: QuotedSpan) -> bool:
    """True for a capitalised word or two in marks between a lower-case word and a full name."""
    if not span.closed or span.open_at < 0:
        return False
    words = paragraph[span.start : span.end].split()
    if not words or len(words) > MAX_EPITHET_WORDS or span.end != span.close_at:
        return False  # punctuation inside the marks ends a clause: “… so,” Ada Kerr said
    if not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words):
        return False
    if _WORD_BEFORE.search(paragraph, max(0, span.open_at - 30), span.open_at) is None:
        return False
    after = _FULL_NAME_AFTER.match(paragraph, span.close_at + 1)
    return after is not None and after["next"] not in SPEECH_VERB_FORMS
