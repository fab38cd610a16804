"""A work's title set off by commas after its noun: in "In her 2003 book, Living Proof, the
mayor noted" the capitalised words name the book, not a speaker, though they look like a name.
A name after the noun with no comma closing it ("In her book, Ada Kerr noted") is the subject.
"""

from __future__ import annotations

import re

from store.quotes.term_words import WORK_WORDS

_REACH = 30
# A noun closed by a comma right before the words: "book, ".
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),\s+$")
_COMMA_AFTER = re.compile(r"\s*,")


def titles_work(text: str, start: int, end: int) -> bool:
    """True when the words at `start`-`end` follow a work's noun and its comma, and a comma
    closes them: the work's title."""
    window = max(0, start - _REACH)
    if not text[window:start].rstrip().endswith(","):
        return False  # _NOUN_BEFORE ends with the comma and spaces: most names have none
    noun = _NOUN_BEFORE.search(text, window, start)
    return noun is not None and noun["noun"] in WORK_WORDS and bool(_COMMA_AFTER.match(text, end))
