"""Headline credits after the claim: "Fees to rise, says harbour chief", "'We will not back
down': union leader vows to fight", "'…': a conversation with painter Ada Kerr".

Headlines credit by role as often as by name, and the role is headline-speak ("chief",
"boss") for whatever the body calls the person ("head of the harbour board"). The role goes to
the one person of the body it fits; else the headline's own words stand as the speaker.
Either is a guess no gold measures, so it is held below a named headline's confidence.
Read by headlines.py.
"""

from __future__ import annotations

import re

from store.models import SpeakerKind
from store.quotes.lexicon import FUNCTION_WORDS, word_set
from store.quotes.people import Person
from store.quotes.person_words import can_speak
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import HEADLINE_VERBS

_VERBS = "|".join(HEADLINE_VERBS)
_CHUNK = r"(?P<chunk>[^,:;—–!?]{2,60}?)"
# "Fees to rise, says harbour chief": the claim, a comma, a present verb, who.
# An explainer ("Why the port matters, says …") or a title with its own colon is no claim.
TRAILING = re.compile(
    r"^(?!(?:why|what|how|who|when|where|which)\b)(?P<claim>[^:]{8,}?),\s+(?P<verb>"
    + _VERBS
    + r")\s+"
    + _CHUNK
    + r"\s*$",
    re.IGNORECASE,
)
# "'We will not back down': union leader vows ...", "'…': shipyard boss on the launch",
# "'…': a conversation with painter Ada Kerr": quoted words, a colon, who.
QUOTED_LEAD = re.compile(
    r"^(?P<claim>[‘'\"“].{3,}?[’'\"”])\s*:\s+(?:(?:an? )?(?:conversation|interview) with\s+)?"
    + _CHUNK
    + r"(?:\s+(?P<verb>"
    + _VERBS.replace("says", "says|on|vows|tells|reveals|recalls")
    + r")\b.*)?\s*$"
)
# The single word of headline-speak a credit's role ends on, and the role words a body uses
# for the same post: "harbour chief" is the "head of the harbour board".
HEAD_WORDS = word_set("chief boss head leader director chair chairman chairwoman chairperson")
# A credit by role only the body can put a name to: a guess, as ru/extract.py's
# DESCRIBED_HEADLINE is.
DESCRIBED_HEADLINE = 0.5
_WORD = re.compile(r"[a-z]+")


def described_chunk(chunk: str) -> bool:
    """True for a lower-case role of at most three words ending on a head word ("harbour
    chief", "union boss"): a credit by post, which the mentions lexicon may not know."""
    words = chunk.split()
    return 1 <= len(words) <= 3 and chunk == chunk.casefold() and words[-1] in HEAD_WORDS


def capitalised_role(words: list[str]) -> bool:
    """True for a headline's role before a name whose first word takes the headline's capital
    ("'…': Marathon champion Ada Kerr"): two plain words, the last a noun for a speaker, so
    that "'…': Fans praise Ada Kerr" and "'…': Rovers sack manager Ada Kerr" (clauses about
    her) are no role."""
    if len(words) != 2 or not words[0][:1].isupper() or not all(w.isalpha() for w in words):
        return False
    if any(word.casefold() in FUNCTION_WORDS for word in words):
        return False
    return all(word.islower() for word in words[1:]) and can_speak(words[-1])


def quoted_full_name(claim: str, person: Person, lower_words: frozenset[str]) -> bool:
    """True when a headline credits words in quote marks to a full name of words the article
    never writes in lower case ("'…' - Ada Kerr" with no body quote of hers): a person, where
    "Storm Ilsa: 'worst in years'" or "Harbour Point: '…'" are a storm and a place."""
    if not quoted_claim(claim) or person.kind != SpeakerKind.PERSON:
        return False
    words = person.name.split()
    return len(words) >= 2 and not any(word.casefold() in lower_words for word in words)


def quoted_claim(claim: str) -> bool:
    """True for a headline's claim wholly in quote marks: "'We will not back down'"."""
    return claim[:1] in _OPENING_MARKS and claim.rstrip()[-1:] in _CLOSING_MARKS


_OPENING_MARKS, _CLOSING_MARKS = "\"“‘'", "\"”’'"


def role_holder(chunk: str, cast: Cast) -> Person | None:
    """The one person (or, for "health board", the one body) of the body whom the headline's
    role fits: every word of it is a word of their roles or names, a head word standing for
    any head word. None when nobody or several fit."""
    wanted = _words(chunk)
    if not wanted:
        return None
    fits = [p for p in _everyone(cast) if _fits(wanted, p)]
    people = [p for p in fits if p.kind == SpeakerKind.PERSON and not p.described]
    chosen = people or [p for p in fits if p.kind != SpeakerKind.PERSON]
    return chosen[0] if len(chosen) == 1 else None


def _everyone(cast: Cast) -> list[Person]:
    return list({id(p): p for p in cast.people.values()}.values())


def _fits(wanted: list[str], person: Person) -> bool:
    have = set(_words(" ".join((person.name, *person.roles, *person.names))))
    if wanted[-1] in HEAD_WORDS and have & HEAD_WORDS:
        have |= HEAD_WORDS  # "chief" in a headline is the body's "head" or "leader"
    return all(word in have for word in wanted)


def _words(text: str) -> list[str]:
    """The words of a role, lower-cased, without articles or a possessive's ending."""
    return [w for w in _WORD.findall(text.casefold()) if w not in _SKIPPED]


_SKIPPED = word_set("the a an of s for")
