"""Titles and slogans in marks inside the aside after a speaker's name.

"“...,” Tom Reddy, wearing a hat and “Vote Kerr” pins, said" and "Reddy, whose book “The
Long Road” sold well, said" hold words in marks inside the credit, masked whole as one word.
Reading the subject back from the verb, such a word is one more word of the aside; a quote
mark anywhere else still ends what can be a subject.
"""

from __future__ import annotations

import re

# A quote mark in any of these ends a subject read backwards.
QUOTE_CHARS = frozenset('"“”«»()\x01')
_ASIDE_WORDS = 12  # words an aside's lowercase run may take back to its comma

# A title or slogan in marks inside an aside after a name ("Kerr, whose book “...” sold,",
# "Kerr, wearing “...” pins,"), masked whole: one word of the aside. A mark elsewhere ends
# what can be a subject ("The plan “...,” Ada Kerr said": the quote, then the name).
_INNER_TITLE = re.compile('[“"]\x01+[”"]')


def quote_breaks(tokens: list[tuple[int, str]], index: int) -> bool:
    """True when a quote mark in the word at `index` ends the phrase read backwards."""
    word = tokens[index][1]
    if QUOTE_CHARS.isdisjoint(word):
        return False
    inside = 0 < index < len(tokens) - 1 and _lower(tokens[index + 1][1])
    return not (inside and _INNER_TITLE.fullmatch(word) and _in_aside(tokens, index))


def _in_aside(tokens: list[tuple[int, str]], index: int) -> bool:
    """True when lowercase words run back from `index` to a comma that opens an aside:
    "Kerr, wearing a hat and “...” pins," or "Kerr, whose book “...” sold,"."""
    for at in range(index - 1, max(-1, index - _ASIDE_WORDS), -1):
        word = tokens[at][1]
        if word.endswith(","):
            return at < index - 1
        if not _lower(word):
            return False
    return False


def _lower(word: str) -> bool:
    return word[:1].isalpha() and word.islower()
