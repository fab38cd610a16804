"""“...,” the teenager said" after "Mia Loft, 15, and Tom Reed, 16, were rescued": either.

sole_persons.py reads a profile noun as the person who last spoke or was a sentence's subject.
A subject of two people joined by "and" or "or" ("Ada Kerr and Tom Vane were rescued") makes
the first the sentence's subject, though the second is as much what the sentence is about:
the noun could be either, so it stays a description. Found from narration's mentions: the
one after the person's in the same sentence, with only the name, an appositive ("15", "a
teacher") and the joining word between.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping

from store.quotes.people import PARAGRAPH_STRIDE, Person, seen_at

Seen = list[tuple[int, Person]]
_NAME = r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*"
# The words from a person's name to the next one's: "Mia Loft, 15, and ", "Kerr or " (an
# age's figures and closing comma come masked: "Mia Loft,     and ").
_JOINED = re.compile(_NAME + r"(?:,[^,.;:]{0,30},?)?\s+(?:and|or|&)\s+")


def paired_subject(
    focus: Person,
    events: Seen,
    named: Seen,
    texts: Mapping[int, str],
    at: int,
    fits: Callable[[Person], bool],
) -> bool:
    """True when the latest of `focus`'s speech events or subjects (`events`) before `at` is
    joined by "and" or "or" to another person `fits` calls one, named next (`named`: the
    cast's narration mentions in reading order; `texts`: the masked narration)."""
    latest = max((seen for seen, person in events if person is focus and seen < at), default=None)
    if latest is None:
        return False
    index = bisect_right(named, latest, key=seen_at)
    if index >= len(named):
        return False
    seen, other = named[index]
    if other is focus or not fits(other) or seen // PARAGRAPH_STRIDE != latest // PARAGRAPH_STRIDE:
        return False
    text = texts.get(latest // PARAGRAPH_STRIDE, "")
    start, end = latest % PARAGRAPH_STRIDE, seen % PARAGRAPH_STRIDE
    return _JOINED.fullmatch(text, start, end) is not None
