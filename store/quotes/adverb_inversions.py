"""A speech verb inverted after "So" or "Thus": "“We will lose.” So said Lind." and "Thus
spoke Lind." name the speaker after the verb, as "said Lind" after a quote's mark does;
"So" and "Thus" are no one's name (they were read as the subject before the verb)."""

from __future__ import annotations

import re

# "So"/"Thus" (maybe after "Or") opening the sentence or following a mark or comma, right
# before the verb.
_INVERTING = re.compile(r"(?:^|[.!?”\"»,;:—–]\s*)(?:[Oo]r\s+)?(?:[Ss]o|[Tt]hus)\s+$")
_ADVERBS = ("So", "so", "Thus", "thus")  # what _INVERTING ends with, spaces aside
_REACH = 12  # characters before the verb that hold the adverb and what comes before it


def inverted_by_adverb(text: str, verb_start: int) -> bool:
    """True when "So" or "Thus" inverts the speech verb at `verb_start`."""
    window = text[max(0, verb_start - _REACH) : verb_start]
    if not window.rstrip().endswith(_ADVERBS):
        return False  # _INVERTING ends with one of them and spaces: no regex for the rest
    return _INVERTING.search(window) is not None

