"""Where sentences end in narration, with quotes masked and abbreviations understood."""

from __future__ import annotations

import re
from functools import lru_cache

from store.quotes.lexicon import SENTENCE_ABBREVIATIONS

_SENTENCE_END = re.compile(r"[.!?][”\"’»\x01)]*(?=\s+[“\"«‘(\x01A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


# "J. Kerr", "G.K. Butterfield", "George H.W. Bush": initials end no sentence.
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


def _initials(word: str) -> bool:
    return bool(_INITIALS.fullmatch(word))


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence's closing punctuation, abbreviations skipped."""
    return list(_sentence_ends(text))


# Every step of reading a paragraph asks for its sentences; they are found once.
@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> tuple[int, ...]:
    ends = []
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            word = _WORD_BEFORE.search(text[max(0, match.start() - 12) : match.start() + 1])
            if word and (word[1].casefold() in SENTENCE_ABBREVIATIONS or _initials(word[1])):
                continue
        ends.append(match.end())
    return tuple(ends)


def char_before(text: str, at: int) -> str:
    """The last non-space character before `at`, or "" at the start of the text."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""
