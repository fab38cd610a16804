"""A speech verb joined by "and" to the cue before it in one clause shares that cue's subject.

"Kerr spoke, and for that she angered Vance - he called her “soft” and said she had “no
friends left”": "said" is his, as "called" was, not the sentence's first name (Kerr, 0.95).
Only within a clause: a comma between the two verbs may close a clause of another subject
("After Vance spoke, Kerr stood and said").
"""

from __future__ import annotations

import re

# What parts a clause: a comma, a semicolon, a dash or a colon, between the two verbs; and a
# relative clause ("hailed mothers who lost sons and said"), whose "and" may join its own verb.
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s|\b(?:who|which|that|whom)\b")
_JOINER = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")


def joined_in_clause(text: str, earlier_end: int, verb_start: int) -> bool:
    """True when the verb at `verb_start` follows an "and" that joins it to the cue ending at
    `earlier_end`, with no clause break between them."""
    between = text[earlier_end:verb_start]
    return _JOINER.search(between) is not None and _CLAUSE_BREAK.search(between) is None
