""""’s" after a pronoun is "has", never a possessive: "She’s said the plan is a disgrace",
"He's said he gets his ideas from ...", "Ada Quist, who’s called for higher taxes, ...".

The speech-verb scan drops a verb right after "’s" as a noun ("Vance's claims", "Kerr’s
remarks"), so a pronoun's present perfect reported nothing and its speaker went unheard.
"""

from __future__ import annotations

import re

# A pronoun and its "’s" right before the verb (with an adverb between: "she’s long said").
_PRONOUN_HAS = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]ho|[Tt]hat|[Tt]here|[Ww]hat)[’']s\s+(?:\w+ly\s+|also\s+)?$"
)
_REACH = 24


def contracted_has(text: str, verb_start: int) -> bool:
    """True when the word before the verb at `verb_start` is a pronoun's "’s" ("she’s")."""
    return _PRONOUN_HAS.search(text, max(0, verb_start - _REACH), verb_start) is not None


_CONTRACTED = re.compile(r"[’'](?:s|d|ll|re|ve)$")


def uncontracted(word: str) -> str:
    """The word without its contraction, in lower case: "who" for "Who’s" and "who'd"."""
    return _CONTRACTED.sub("", word.casefold())
