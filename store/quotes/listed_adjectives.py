"""“...,” the bespectacled, 71-year-old diplomat said: adjectives listed with a comma before
one noun, whose description opens at the determiner before the comma.

The mention reader reads a speaker only from the words after the last comma, as a comma
mostly ends a clause ("In Dover, officials said"). Adjectives listed before their noun ("the
bearded, soft-spoken envoy") put a comma inside the description, which then lost its "the" and
was read as no definite description at all ("71-year-old diplomat"). The comma is read as
inside the description only when a determiner and one or two plain adjectives (an "-ed" or
adjective ending, an age) stand before it and lower-case words with no determiner after it.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import ADJECTIVE_ENDINGS, ORGANISATION_WORDS, ROLE_WORDS

_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his)\s+((?:[a-z][a-z-]*\s+)?[a-z\d][\w-]*)\s*$")
_AFTER_WORDS = 4
_AFTER = re.compile(r"\s*(?:[a-z\d][\w’'-]*\s+){0,3}[a-z][\w-]*\s*$")
_AGED = re.compile(r"\d+-year-old")
_NOT_AFTER = frozenset(("the", "a", "an", "this", "who", "which", "and", "or", "but"))


def listed_adjectives_start(chunk: str, comma: int) -> int | None:
    """Where a description opens whose adjectives the comma at `comma` lists ("the
    bespectacled, 71-year-old diplomat"), else None."""
    after = chunk[comma + 1 :]
    if not _AFTER.fullmatch(after) or after.split()[0] in _NOT_AFTER:
        return None
    before = _BEFORE.search(chunk, 0, comma)
    if before is None or not all(_adjective(word) for word in before[1].split()):
        return None
    return before.start()


def _adjective(word: str) -> bool:
    """True for a word that only qualifies a noun: "bespectacled", "cautious", "71-year-old"."""
    if word in ROLE_WORDS or word in ORGANISATION_WORDS:
        return False
    return bool(_AGED.fullmatch(word)) or word.endswith(("ed", *ADJECTIVE_ENDINGS))


def listed_commas_dropped(tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The words before a speech verb (offset, word) with the comma that lists adjectives
    dropped ("the bespectacled, 71-year-old diplomat said"): no appositive closes there."""
    for at in range(max(1, len(tokens) - _AFTER_WORDS - 1), len(tokens) - 1):
        start, word = tokens[at]
        if not word.endswith(","):
            continue  # most words: no comma to read, so no words around it to join
        after = " ".join(w for _, w in tokens[at + 1 :])
        opened = f"{tokens[at - 1][1]} {word}"
        if listed_adjectives_start(f"{opened} {after}", len(opened) - 1) == 0:
            return [*tokens[:at], (start, word[:-1]), *tokens[at + 1 :]]
    return tokens
