"""A bare surname two people of the article bear: whoever it is resolved to, it is no sure pick.

"Kerr said" after Ada Kerr and Tom Kerr were both named is resolved by salience (the Kerr
named most, or last), which is right often but not at the 0.9 a reader takes for certain.
Only a title's sex ("Ms. Kerr") or a role only one of them holds ("Opposition leader Kerr")
tells them apart; a first name makes the way NAMED, never SURNAME.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from store.models import AttributionHow, Quote, SpeakerKind
from store.quotes.attributions import Event
from store.quotes.name_bearers import one_per_first_name
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
    bearers = _bearers(name.casefold(), speaker, cast, position(paragraph, event.start))
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


def _bearers(word: str, speaker: Person, cast: Cast, at: int) -> list[Person]:
    """The full-named people named before `at` who have `word` where the speaker has it (last:
    a surname, first: a first name), one per word beside it, as answers count namesakes
    (store/search/namesakes.py): "Kerr" is no name of Kerr Hale's once Ada Kerr is credited,
    and "Actress Ada Kerr" is Ada Kerr."""
    place = -1 if speaker.name.casefold().split()[-1] == word else 0
    before = {id(p) for seen_at, p in cast.named if seen_at < at}
    return list(one_per_first_name(_named(word, place, before, cast), keep=speaker).values())


def _named(word: str, place: int, before: set[int], cast: Cast) -> Iterator[tuple[str, Person]]:
    """The full-named people of `before` with `word` at `place`, each with the word beside it."""
    for person in cast.people.values():
        if id(person) not in before or word not in person.name.casefold():
            continue  # most people: not named yet, or the word is nowhere in their name
        words = person.name.casefold().split()
        if person.kind != SpeakerKind.PERSON or len(words) < 2 or words[place] != word:
            continue
        yield (words[-2] if place == -1 else words[1]), person
