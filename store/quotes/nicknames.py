"""A nickname in marks inside a full name: Juan “Chico” Marquez, Ada “Bo” Kerr.

Masking the quoted nickname splits the name in two, so the cast knew neither half as a full
name and the pronoun after it ("“…,” he said") went to nobody or someone before. For reading
names only, the nickname and its marks become spaces (offsets stay), and the two halves read
as one name, which a name run spans across any run of spaces.
"""

from __future__ import annotations

import re

from store.quotes.marks import MASK
from store.quotes.salience import first_name_gender

# A given name, a short quoted stretch (masked), a capitalised word: the quote is the
# nickname between the given name and the surname. Up to three words of at most 25
# characters; the word after must open with a capital too ("Ada “Bo” Kerr", never "Ada
# called it “bold” and").
_NICKNAME = re.compile(
    r"(?<=[A-Za-z])(\s+[“\"‘']" + MASK + r"{1,25}[”\"’'])(?=\s+[A-Z][a-z])"
)
_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+$")


def nicknames_blanked(masked_text: str) -> str:
    """The masked narration with each nickname between two names turned to spaces."""
    if MASK not in masked_text:
        return masked_text
    return _NICKNAME.sub(_blank_after_name, masked_text)


def _blank_after_name(match: re.Match[str]) -> str:
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    if before is None or not first_name_gender(before.group()):
        return match.group()  # "Trump’s “Apprentice” Show": no given name before the marks
    return " " * len(match.group())
