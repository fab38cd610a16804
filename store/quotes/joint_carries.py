"""Two people named together speak no later quote of their own: "Sen. Ada Kerr and Gov. Tom
Vance spoke at the rally. ¶ “...”" carries the words to neither.

A quote with no cue that opens the next paragraph is carried on to whoever spoke last; when
that is a pair, the words are one person's, and which one the narration never says (the
gold gives them to one of the two). Left unattributed rather than half right at 0.73.
"""

from __future__ import annotations

import re

from store.quotes.speakers import Person

# "Ada Kerr and Tom Vance", "Kerr and Gov. Vance": two capitalised names joined by "and",
# one side at least a full name or a titled one. A body's "&" and "Lind and Sorrel" (one
# word each side) are one name.
_WORD = r"[A-Z][\w’'.-]*"
_JOINED = re.compile(rf"{_WORD}\s+{_WORD}\s+and\s+{_WORD}|{_WORD}\s+and\s+{_WORD}\s+{_WORD}")


def carried_on(speaker: Person | None) -> Person | None:
    """The speaker a cue-less quote may be carried on to: never two people named together."""
    if speaker is None or _JOINED.search(speaker.name) is None:
        return speaker
    return None
