""" "said the Finn" after Finn Ostrow: a nationality noun that is a name, or two people's.

nationality_speakers.py reads "the Finn" as a description, which the cast ties to the person
who just spoke or was named. A nationality noun may be a first name or a surname too ("Finn",
"Scot", "Pole"): when the article names someone so, "the Finn" is that person as readily as
the last one named, so the description yields to the person of that name (the only one named
before it; of several, no one) unless the cast chose another named person: a first-name tie
alone names no one (fix28d). A nationality given by its adjective ("Danish striker Mads
Holm") ties the noun to that person first. And when the article has tied the noun to two
people ("Aki Rautio, a Finn, ... Eero Salmi, a fellow Finn", "Finns Aki Rautio and Eero
Salmi"), no reader can tell which of them "the Finn" is: the credit names no one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.models import SpeakerKind
from store.quotes.mentions import Mention, MentionKind
from store.quotes.namesake_policy import named_before
from store.quotes.nationality_speakers import NATIONALITY_ADJECTIVES, NATIONALITY_NOUNS
from store.quotes.people import PARAGRAPH_STRIDE, Person

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

# A name's capitalised words, read from where the cast saw it: "Aki Rautio", "Eero M. Salmi".
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
# What may stand between "a"/"the" and the noun in an apposition: "a young Finn".
_ADJECTIVES = r"(?:[a-z-]+\s+){0,3}"


def demonym_speaker(mention: Mention, chosen: Person | None, cast: Cast, at: int) -> Person | None:
    """Whom a nationality description ("the Finn") at `at` means, given whom the cast chose:
    the one person the text gave that nationality before it (no one when two were), else the
    one person named so before it when the noun is also a name (no one when several bear it
    or none was named yet), else the cast's choice."""
    noun = _nationality(mention)
    if noun is None:
        return chosen
    tied = {id(person): person for person in _given_nationality(noun, cast, at)}
    if tied:
        return next(iter(tied.values())) if len(tied) == 1 else None
    bearers = cast.bearers(noun)
    if bearers:
        # A first-name tie alone is weak: "the Finn" may be the nationality of someone the
        # text never called one. The bearer stands only when nothing else points elsewhere:
        # the cast chose him, or chose no one named and he is the last person named.
        before = named_before(cast.named, bearers, at)
        if len(before) != 1:
            return None
        return before[0] if _points_to(before[0], chosen, cast, at) else None
    return chosen


def _points_to(bearer: Person, chosen: Person | None, cast: Cast, at: int) -> bool:
    """True when the cast's choice agrees with the bearer or is no named person while the
    bearer was the last person named before `at`."""
    if chosen is bearer:
        return True
    if chosen is not None and not chosen.described:
        return False  # the cast chose another named person: "the Finn" may be theirs
    named = [p for seen, p in cast.named if seen < at and p.kind == SpeakerKind.PERSON]
    named = [p for p in named if not p.described]
    return bool(named) and named[-1] is bearer


def _nationality(mention: Mention) -> str | None:
    """The capitalised nationality noun a "the <nationality>" description ends in, else None."""
    words = mention.text.split()
    if mention.kind != MentionKind.DESCRIPTION or len(words) < 2 or words[0].casefold() != "the":
        return None
    noun = words[-1]
    return noun if noun[:1].isupper() and noun.casefold() in NATIONALITY_NOUNS else None


def _given_nationality(noun: str, cast: Cast, at: int) -> list[Person]:
    """The people named before `at` whom the text gives the nationality `noun`: in apposition
    ("Aki Rautio, a Finn,"), or with the noun or its adjective before the name ("Finn Aki
    Rautio", "fellow Finn Aki Rautio", "Finnish striker Aki Rautio", "Finns Aki Rautio and
    Eero Salmi")."""
    noun_plural = noun[:-3] + "men" if noun.endswith("man") else noun + "s"
    adjective = NATIONALITY_ADJECTIVES.get(noun.casefold(), noun.casefold()).capitalize()
    forms = "|".join(re.escape(word) for word in sorted({noun, adjective}))
    after = re.compile(
        rf"{_NAME},\s+(?:also\s+)?(?:a|an|the|another)\s+{_ADJECTIVES}{re.escape(noun)}\b"
    )
    before = re.compile(
        rf"(?:\b(?:{forms})\s+(?:[a-z][\w-]*\s+){{0,3}}"  # "Danish striker Mads Holm"
        rf"|\b{re.escape(noun_plural)}\s+(?:{_NAME}(?:,\s+|\s+and\s+|,\s+and\s+))*)$"
    )
    people = []
    for seen, person in cast.named:
        if seen >= at or person.kind != SpeakerKind.PERSON or " " not in person.name:
            continue
        text = cast.raw_texts.get(seen // PARAGRAPH_STRIDE, "")
        offset = seen % PARAGRAPH_STRIDE
        words = person.name.split()  # the cast read the noun into the name: "Finns Aki Rautio"
        titled = words[0] == noun_plural or (words[0] == noun and len(words) > 2)
        if titled or after.match(text, offset) or before.search(text[max(0, offset - 80) : offset]):
            people.append(person)
    return people
