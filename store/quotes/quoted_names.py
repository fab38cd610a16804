"""The people an article names but quotes no one as: narration's full names, and those said
inside quotes.

The mentions table holds them so that "what did X say?" hears "X is mentioned but not
quoted" instead of "I don't know anyone called X". A name the speaker says ("ties were cut
under Ivo Nikola Marek") is named by the article as much as one in narration; it is read
with a cast of its own, so a name inside marks never becomes a speaker's candidate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.models import Speaker, SpeakerKind
from store.quotes.cast_names import read_names
from store.quotes.first_names import FIRST_NAMES
from store.quotes.people import Person
from store.quotes.speakers import Cast

# "Ivanovich", "Petrovna": a patronymic between a first name and a surname names a person.
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)")
_CAPITAL = re.compile(r"[A-Z]")  # what every name the cast reads (name_words.NAME_RUN) opens with


def mentioned(cast: Cast, who: set[str], quoted: Iterable[tuple[int, str]]) -> tuple[Speaker, ...]:
    """The people named by a full name whom no quote is attributed to, with their names:
    narration's first, then those named only inside the (paragraph, quoted words) given."""
    named = [p for p in cast.people.values() if _unquoted(p, who)]
    spoken = Cast()
    for paragraph, words in quoted:
        if _CAPITAL.search(words):  # a name opens with a capital: without one, none to read
            read_names(spoken, paragraph, words)
    named += [
        p for p in spoken.people.values() if _unquoted(p, who) and _personal(p) and _new(p, cast)
    ]
    return tuple(Speaker(p.name, p.kind, tuple(p.names)) for p in named)


def _unquoted(person: Person, who: set[str]) -> bool:
    return person.name not in who and person.kind == SpeakerKind.PERSON and " " in person.name


def _new(person: Person, cast: Cast) -> bool:
    """Whether narration does not already know this person, by full name or by surname."""
    surname = person.name.split()[-1]
    return cast.find(person.name) is None and cast.find(surname) is None


def _personal(person: Person) -> bool:
    """Whether a name said inside marks is a person's: a known first name, a title or role,
    or a patronymic. Quotes hold titles and slogans in capitals ("Breaking News", "Merry
    Christmas") that narration seldom writes, so a bare capitalised pair is not enough."""
    words = person.name.split()
    return (
        words[0].casefold() in FIRST_NAMES
        or bool(person.roles or person.gender)
        or any(_PATRONYMIC.fullmatch(word) for word in words[1:-1])
    )
