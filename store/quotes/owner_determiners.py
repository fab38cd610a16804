"""The determiner a speaker's possessive leaves out: "…, the doctors’ union has warned."

A mention read back from its head stops at a possessive ("doctors’ union", "union’s chief"),
so the determiner before the owner ("the") stays outside it. A trailing credit then seemed
to have a word between the statement's comma and its speaker, and the statement was lost.
The determiner belongs to the speaker's words, never to the statement before them.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import DETERMINERS

_DETERMINER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(DETERMINERS)) + r")\s+$", re.I)
_OWNER = re.compile(r"\w+(?:s[’']|[’']s)\s")
_REACH = 10  # "their " and a little


def owner_determiner(text: str, at: int) -> int:
    """Where the speaker's words begin when a determiner stands before a possessive mention
    at `at` ("the" in "the doctors’ union"); else `at`."""
    if _OWNER.match(text, at) is None:
        return at
    before = _DETERMINER_BEFORE.search(text, max(0, at - _REACH), at)
    return at if before is None else before.start()
