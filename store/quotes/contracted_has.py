""" "’s" after a personal pronoun is "has", never a possessive: "She’s said the plan is a
disgrace", "He's said he gets his ideas from ...", "Ada Quist, who’s called for higher taxes".

The speech-verb scan drops a verb right after "’s" as a noun ("Vance's claims", "Kerr’s
remarks"), so a pronoun's present perfect reported nothing and its speaker went unheard.
Only "he", "she" and "who" are read so: "It’s said that ...", "What’s said in the room",
"That’s called a “...”" are "is", a passive whose subject says nothing. So is "He’s called
“the fixer” by colleagues" or "She’s said to be furious": a name others give, a rumour.
"""

from __future__ import annotations

import re

# A pronoun and its "’s" right before the verb (with an adverb between: "she’s long said").
_PRONOUN_HAS = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ww]ho)[’']s\s+(?:\w+ly\s+|also\s+)?$")
_REACH = 24
# What makes "’s" "is": marks then "by" ("’s called “the fixer” by colleagues"), or "to be"
# after a verb of rumour ("’s said to be", never "’s promised to be", which is "has").
_QUOTED_BY = re.compile(r"\w+\s+(?:as\s+)?(?:an?\s+)?[“\"][^“”\"]*[”\"],?\s+by\b")
_SAID_TO_BE = re.compile(r"(?:said|called|reported|rumou?red|believed|thought)\s+to\s+be\b")


def contracted_has(text: str, verb_start: int) -> bool:
    """True when the word before the verb at `verb_start` is a pronoun's "’s" that is "has"
    ("she’s said"), not the "is" of a passive ("he’s called “...” by", "he’s said to be")."""
    if _PRONOUN_HAS.search(text, max(0, verb_start - _REACH), verb_start) is None:
        return False
    return not (_QUOTED_BY.match(text, verb_start) or _SAID_TO_BE.match(text, verb_start))


_CONTRACTED = re.compile(r"[’'](?:s|d|ll|re|ve)$")


def uncontracted(word: str) -> str:
    """The word without its contraction, in lower case: "who" for "Who’s" and "who'd"."""
    return _CONTRACTED.sub("", word.casefold())
