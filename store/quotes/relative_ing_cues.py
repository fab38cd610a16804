"""The speaker of an -ing cue that hangs from a relative clause: the clause's own subject.

"Kerr spoke near the mill, where about 50 dockers had gathered, chanting “...”" is the
dockers' chant, and "Kerr thanked the dockers, who stood in the rain, chanting “...”" too:
the participle goes with the clause just closed by its comma, never the sentence's subject
(who "spoke" or "thanked" before it), which took the chant at 0.92. A name after "where" is
the sentence subject reader's; a group of lower-case words it does not read, so it is read
here; "who" stands for the words right before it.
"""

from __future__ import annotations

import re

from store.quotes.antecedents import many_people
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.side_clause_ing_cues import side_clause_speaker

# A group's words after "where", up to the clause's verb: "about 50 dockers had gathered".
_GROUP = re.compile(
    r"([\w ,-]*?)\s+(?:had|has|have|were|was|are|is|stood|gathered|waited|lined|rallied|marched)\b"
)
_MAX_WORDS = 6
# A plural common noun and its determiner, ending where "who" opens: "the jugglers".
_PLURAL_BEFORE = re.compile(r"\b(?:(?:the|those|these|some|many|\d+)\s+)?[a-z-]+s\Z")
_WHO = ", who "
# "…, who retired in May, calling him “…”": the participle's object pronoun is the person
# "who" stands for, so the participle is the main clause's subject's, not that person's.
_OBJECT_PRONOUN = re.compile(r"\w+ing\s+(?:him|her|them)\b")


def relative_ing_speaker(
    text: str, start: int, clause: int, verb_start: int
) -> tuple[bool, Mention | None]:
    """Whether the -ing cue at `verb_start` hangs from a relative clause of the sentence
    opening at `start` (`clause`: where a "where" clause's subject opens, else `start`), and
    the mention that clause's subject is (None: one that names no one we can read)."""
    group = _where_group(text, clause, verb_start) if clause > start else None
    if group is not None:
        return True, group
    if (side := side_clause_speaker(text, start, verb_start)) is not None:
        return True, side  # "Kerr asks as a repairman walks in, saying": the repairman
    comma = text.rfind(",", start, verb_start)
    who = text.rfind(_WHO, start, comma) if comma > 0 else -1
    if who < 0 or "," in text[who + len(_WHO) : comma]:
        return False, None  # no "who" clause closed by the cue's comma
    if _OBJECT_PRONOUN.match(text, verb_start):
        return False, None
    return True, read_mention(text[start:who], start) or _who_group(text, start, who)


def _who_group(text: str, start: int, who: int) -> Mention | None:
    """The plural noun right before ", who", as a group's description: "who" stands for
    people, so "thanked the jugglers, who ..." names jugglers even when no word list knows
    the noun (then no speaker is credited, rather than the sentence's subject)."""
    match = _PLURAL_BEFORE.search(text, start, who)
    if match is None:
        return None
    return Mention(match[0], MentionKind.DESCRIPTION, start=match.start(), end=match.end())


def _where_group(text: str, clause: int, verb_start: int) -> Mention | None:
    """The group subject of the "where" clause opening at `clause`, as a description; None
    when it names no group of people."""
    match = _GROUP.match(text, clause, verb_start)
    if match is None:
        return None
    words = match[1].split()
    if not words or len(words) > _MAX_WORDS or not words[0][:1].islower():
        return None  # a name is the subject reader's; a long run is no subject
    if not many_people(words[-1].casefold()):
        return None  # "where the talks had stalled": no one chants
    return Mention(match[1], MentionKind.DESCRIPTION, start=clause, end=clause + len(match[1]))
