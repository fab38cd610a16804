"""Whether the article writes a name as a place: "offices in Carran", "in Carran, Westmark".

"in" before a capitalised name is no proof of a place on its own: "Investors in Talbridge
Line", "a stake in Harbour Mutual" are in a body. A name is written as a place when "in" or
"near" it follows a word that places things ("offices in", "based in", "lives near"),
when a region's name follows it after a comma ("in Carran, Westmark"), or when it ends in a
place's own word ("in Marl Valley"); not "at", which a body's name follows as often ("staff
at X").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.quotes.lexicon import word_set

# Words that place what comes before "in"/"near" somewhere: a seat, a dwelling, a base.
_PLACING_WORDS = word_set(
    """
    office offices headquarters headquartered base based located sited plant plants factory
    site sites depot branch store stores shop home homes house lives lived live living born
    raised grew town village city region area district held arrived here there elsewhere
    people residents farms farm streets school schools hospital port
    """
)
# Last words that make a name a place whatever precedes it.
_PLACE_ENDS = word_set(
    "valley bay harbour harbor county island islands heights springs falls beach hills city "
    "town village province region district"
)


def written_as_place(name: str, texts: Iterable[str]) -> bool:
    """True when a paragraph of `texts` writes `name` as a place."""
    written = re.compile(
        rf"\b(?P<before>[\w’'-]+)\s+(?:in|near)\s+{re.escape(name)}(?![\w’'-])"
        r"(?P<region>,\s+[A-Z][a-z]+\b)?"
    )
    last = name.split()[-1].casefold()
    for text in texts:
        if name not in text:
            continue
        for found in written.finditer(text):
            if found["region"] or last in _PLACE_ENDS:
                return True
            if found["before"].casefold() in _PLACING_WORDS:
                return True
    return False
