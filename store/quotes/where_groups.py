"""The group an -ing cue hangs from inside a "where" clause: "Kerr spoke near the mill, where
about 50 dockers had gathered, chanting “...”" is the dockers' chant, never Kerr's.

The clause's subject, when it names people, is read by the sentence's subject reader; a
group of lower-case words ("about 50 dockers", "the crowd") it does not read, and the cue
before it ("Kerr spoke") then took the chant for the senator at 0.92.
"""

from __future__ import annotations

import re

from store.quotes.antecedents import many_people
from store.quotes.mentions import Mention, MentionKind

# A group's words after "where", up to the clause's verb: "about 50 dockers had gathered".
_GROUP = re.compile(
    r"([\w ,-]*?)\s+(?:had|has|have|were|was|are|is|stood|gathered|waited|lined|rallied|marched)\b"
)
_MAX_WORDS = 6


def where_group(text: str, clause: int, verb_start: int) -> Mention | None:
    """The group subject of the "where" clause opening at `clause` before the cue at
    `verb_start`, as a description; None when it names no group of people."""
    match = _GROUP.match(text, clause, verb_start)
    if match is None:
        return None
    words = match[1].split()
    if not words or len(words) > _MAX_WORDS or not words[0][:1].islower():
        return None  # a name is the subject reader's; a long run is no subject
    if not many_people(words[-1].casefold()):
        return None  # "where the talks had stalled": no one chants
    return Mention(match[1], MentionKind.DESCRIPTION, start=clause, end=clause + len(match[1]))
