"""A speech verb joined by "and" to the cue before it in one clause shares that cue's subject.

"Kerr spoke, and for that she angered Vance - he called her “soft” and said she had “no
friends left”": "said" is his, as "called" was, not the sentence's first name (Kerr, 0.95).
Only within a clause: a comma between the two verbs may close a clause of another subject
("After Vance spoke, Kerr stood and said"). Only when the earlier cue's speaker is a
subject: in "Kerr watched Lind announce it and said" Lind is what Kerr watched, and the
"and" joins "said" to "watched", Kerr's.
"""

from __future__ import annotations

import re

from store.quotes.appositives import object_name
from store.quotes.mentions import Mention

# What parts a clause: a comma, a semicolon, a dash or a colon, between the two verbs; and a
# relative clause ("hailed mothers who lost sons and said"), whose "and" may join its own verb.
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:who|which|that|whom)\b")
_JOINER = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
# Verbs of seeing, hearing and causing take an object and a bare infinitive ("heard him say",
# "let her speak"): that object is no subject the next verb can share.
_BARE_INFINITIVE_TAKERS = frozenset(
    """
    watch watches watched watching hear hears heard hearing see sees saw seen seeing
    let lets letting make makes made making help helps helped helping
    """.split()
)


def joined_in_clause(text: str, earlier_end: int, verb_start: int) -> bool:
    """True when the verb at `verb_start` follows an "and" that joins it to the cue ending at
    `earlier_end`, with no clause break between them."""
    between = text[earlier_end:verb_start]
    return _JOINER.search(between) is not None and _CLAUSE_BREAK.search(between) is None


def joined_to_speaker(text: str, earlier: Mention, earlier_end: int, verb_start: int) -> bool:
    """True when the verb at `verb_start` is joined in one clause to the cue ending at
    `earlier_end` and that cue's mention `earlier` is its subject, not an object."""
    if not joined_in_clause(text, earlier_end, verb_start):
        return False
    if object_name(text, earlier):
        return False  # "Kerr watched Tom Lind announce it and said": Lind is watched
    before = text[max(0, earlier.start - 20) : earlier.start].split()
    return not before or before[-1].casefold() not in _BARE_INFINITIVE_TAKERS  # "heard him say"
