"""A bare surname two people of the article bear: whoever it is resolved to, it is no sure pick.

"Kerr said" after Ada Kerr and Tom Kerr were both named is resolved by salience (the Kerr
named most, or last), which is right often but not at the 0.9 a reader takes for certain.
Only a title's sex ("Ms. Kerr") or a role only one of them holds ("Opposition leader Kerr")
tells them apart; a first name makes the way NAMED, never SURNAME.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from store.models import AttributionHow, Quote, SpeakerKind
from store.quotes.attributions import Event
from store.quotes.people import Person
from store.quotes.speakers import Cast, position
from store.quotes.surnames import of_sex

# Unmeasured: two people named alike are rare in news, too rare to calibrate. Held at the
# description's way (a role resolved to one of several holders), below the plain ways' 0.9.
SHARED_NAME = 0.83


def shared_name(event: Event, paragraph: int, cast: Cast) -> bool:
    """Whether the event's one-word name is borne by two full-named people narration named
    before it, whom no title or role of the mention tells apart."""
    name, speaker = event.mention.name or "", event.speaker
    if not name or " " in name or speaker is None or " " not in speaker.name:
        return False
    bearers = _bearers(name.casefold(), cast, position(paragraph, event.start))
    if event.mention.gender:
        bearers = of_sex(bearers, event.mention.gender)
    role = (event.mention.role or "").casefold()
    if role and [p for p in bearers if role in (r.casefold() for r in p.roles)] == [speaker]:
        return False  # "Opposition leader Kerr": only one Kerr leads the opposition
    return len(bearers) > 1


def hedged(
    quotes: Sequence[Quote], events: Sequence[Event], paragraph: int, cast: Cast
) -> list[Quote]:
    """Reported statements whose cue's bare name two people bear, their confidence lowered."""
    shared = {
        (e.verb, e.speaker.name) for e in events if e.speaker and shared_name(e, paragraph, cast)
    }
    return [
        replace(q, confidence=min(q.confidence, SHARED_NAME))
        if q.how == AttributionHow.SURNAME and (q.cue, q.speaker) in shared
        else q
        for q in quotes
    ]


def _bearers(word: str, cast: Cast, at: int) -> list[Person]:
    """The full-named people named before `at` whose surname or first name is `word`; none
    when the cast has not two such people at all (shared_name's answer is then no either)."""
    bearing = [p for p in cast.people.values() if _bears(p, word)]
    if len(bearing) < 2:
        return []  # most names: no namesake, and no need to list who was named before `at`
    before = {id(p) for seen_at, p in cast.named if seen_at < at}
    return [p for p in bearing if id(p) in before]


def _bears(person: Person, word: str) -> bool:
    if person.kind != SpeakerKind.PERSON or " " not in person.name:
        return False
    if word not in person.name.casefold():
        return False  # most people: the word is nowhere in their name, no need to split it
    words = person.name.casefold().split()
    return word in (words[0], words[-1])
