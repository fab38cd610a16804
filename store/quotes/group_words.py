"""A capitalised word written as a group of people: "many more Latinos", "other Texans".

Read by speakers.Cast, which keeps such words with the places it has seen: neither is a
"he" or "she". A word narration counts ("several Ohioans", "most Democrats") is a plural
whatever its ending, and a pronoun after it means someone else.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set

_COUNTING = word_set(
    """
    many more most other some several few all both these those fellow
    two three four five six seven eight nine ten dozens hundreds thousands millions
    """
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def after_quantifier(text: str, start: int) -> bool:
    """True when the word before text[start:] counts a group: "many more Latinos"."""
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before[1].casefold() in _COUNTING
