"""Where sentences end in narration, with quotes masked and abbreviations understood."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from store.quotes.lexicon import SENTENCE_ABBREVIATIONS

# German-style copy opens with „ (and may close with “ right after the stop): "… im Frühjahr.
# „Wir sind bereit“" ends a sentence as "… by spring. “We are ready”" does.
_SENTENCE_END = re.compile(r"[.!?][”\"’'»\x01)]*(?=\s+[“„\"«‘'(\x01A-Z0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


# "J. Kerr", "G.K. Butterfield", "Gil H.W. Dorsey": initials end no sentence. Dotted
# letters after "the" or a preposition are a body's ("from the E.U. Kerr said"): they may.
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_BODY_BEFORE = re.compile(r"\b(?:the|of|in|on|at|to|from|for|by|with|into|across)\s+$", re.I)


def _initials(word: str, text: str, start: int) -> bool:
    """True for initials of a name ending at text[start]: one letter, or dotted letters not
    after a word that puts a body there."""
    if not _INITIALS.fullmatch(word):
        return False
    begins = start - len(word)
    return len(word) == 1 or not _BODY_BEFORE.search(text, max(0, begins - 8), begins)


def sentence_ends(text: str) -> list[int]:
    """Offsets just past each sentence's closing punctuation, abbreviations skipped."""
    return list(_sentence_ends(text))


def start_of_sentence(ends: list[int], at: int) -> int:
    """Where the sentence holding `at` starts: the last of the (ascending) `ends` at or
    before it, else 0. A bisection, since every speech verb and quote asks for it."""
    index = bisect_right(ends, at)
    return ends[index - 1] if index else 0


def end_of_sentence(ends: list[int], at: int, length: int) -> int:
    """Where the sentence holding `at` ends: the first of the (ascending) `ends` after it,
    else `length`, the text's own end."""
    index = bisect_right(ends, at)
    return ends[index] if index < len(ends) else length


# Every step of reading a paragraph asks for its sentences; they are found once.
@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> tuple[int, ...]:
    ends = []
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            word = _WORD_BEFORE.search(text[max(0, match.start() - 12) : match.start() + 1])
            if word and (
                word[1].casefold() in SENTENCE_ABBREVIATIONS
                or _initials(word[1], text, match.start())
            ):
                continue
        ends.append(match.end())
    return tuple(ends)


def char_before(text: str, at: int) -> str:
    """The last non-space character before `at`, or "" at the start of the text."""
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""
