"""Cue words that are plural nouns where they stand: no one speaks through them.

"in Dunmore, Ohio, that states can pass ...", "the notes were lost": no one "states" or
"notes"; "to disprove Republican claims of “...”": "claims of" is the noun, the quote what
the claims hold, and the words before it ("disprove Republican") no speaker.
"""

from __future__ import annotations

from store.quotes.governed_cues import governed_noun
from store.quotes.lexicon import FINITE_AUXILIARIES

# Words that follow a plural noun as its verb, never a speech verb ("states can", "notes were").
# The lexicon's whole list: its singular forms ("is", "has") never follow a plural.
_AUXILIARIES = FINITE_AUXILIARIES
# Words that open a noun phrase: after one, "states" or "notes" is a noun, not a verb.
_NOUN_OPENERS = frozenset("that which the these those their its his her our".split())
# Cue words that are a noun before "of" ("says of" and "speaks of" still speak).
_NOUN_CUES = frozenset("claims reports charges remarks comments warnings promises threats".split())


def plural_noun(text: str, verb: str, end: int) -> bool:
    """True for the cue word `verb` ending at `end` when it is a plural noun there."""
    if not verb.endswith("s"):
        return False
    if governed_noun(text, verb, end):
        return True  # "has denied claims that ...": the object of her verb, not her cue
    before = text[max(0, end - len(verb) - 8) : end - len(verb)].split()
    following = text[end : end + 12].split()
    if following[:1] == ["of"] and verb in _NOUN_CUES:
        return True
    opened = bool(before) and before[-1].casefold() in _NOUN_OPENERS
    return opened and bool(following) and following[0] in _AUXILIARIES
