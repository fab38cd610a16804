"""A bare surname two people of the article bear: whoever it is resolved to, it is no sure pick.

"Kerr said" after Ada Kerr and Tom Kerr were both named is resolved by salience (the Kerr
named most, or last), which is right often but not at the 0.9 a reader takes for certain.
Only a title's sex ("Ms. Kerr") or a role only one of them holds ("Opposition leader Kerr")
tells them apart; a first name makes the way NAMED, never SURNAME.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from store.models import AttributionHow, Quote, SpeakerKind
from store.quotes.attributions import Event
from store.quotes.name_bearers import one_per_first_name
from store.quotes.people import Person, position
from store.quotes.speakers import Cast
from store.quotes.surnames import of_sex
from store.quotes.titled_bearers import titled_bearers

# Two people named alike: the bare name goes to the bearer named last, right 96 times in 100
# on train (~100 quotes at branch probe22b, mostly a famous bearer beside a relative named
# once), but held at the description's way, below the plain ways' 0.9: salience, not the
# text, picked.
SHARED_NAME = 0.83
# Bearers the article introduced together ("Cousins Ada Kerr and Tom Kerr"): neither is the
# story's one figure, so being named last says little of who spoke. 4 / 4 right on train at
# branch probe22b: too few to measure, so held under the 0.7 a reader half-trusts.
PAIRED_NAME = 0.65
# Characters between two first namings that still make them one introduction.
_TOGETHER = 80


def shared_name(event: Event, paragraph: int, cast: Cast) -> float | None:
    """The confidence cap of an event's one-word name borne by two full-named people narration
    named before it, whom no title or role of the mention tells apart; None when it is one's."""
    name, speaker = event.mention.name or "", event.speaker
    if not name or " " in name or speaker is None or " " not in speaker.name:
        return None
    bearers = _bearers(name.casefold(), speaker, cast, position(paragraph, event.start))
    if event.mention.gender:
        bearers = of_sex(bearers, event.mention.gender)
    role = (event.mention.role or "").casefold()
    if role and [p for p in bearers if role in (r.casefold() for r in p.roles)] == [speaker]:
        return None  # "Opposition leader Kerr": only one Kerr leads the opposition
    if role and titled_bearers(bearers, role) == [speaker]:
        return None  # "Sen. Kerr" after "Senator Ada Kerr": the title she was given
    if len(bearers) < 2:
        return None
    return PAIRED_NAME if _introduced_together(bearers, cast) else SHARED_NAME


def _introduced_together(bearers: Sequence[Person], cast: Cast) -> bool:
    """True when two bearers were first named side by side, as one introduction."""
    first: dict[int, int] = {}
    for seen_at, person in cast.named:
        first.setdefault(id(person), seen_at)
    starts = sorted(first[id(p)] for p in bearers if id(p) in first)
    return any(b - a <= _TOGETHER for a, b in pairwise(starts))


def hedged(
    quotes: Sequence[Quote], events: Sequence[Event], paragraph: int, cast: Cast
) -> list[Quote]:
    """Reported statements whose cue's bare name two people bear, their confidence lowered."""
    if not any(q.how == AttributionHow.SURNAME for q in quotes):
        return list(quotes)  # most paragraphs: no statement by a bare surname, no caps to read
    caps: dict[tuple[str | None, str | None], float] = {
        (e.verb, e.speaker.name): cap
        for e in events
        if e.speaker and (cap := shared_name(e, paragraph, cast)) is not None
    }
    return [
        replace(q, confidence=min(q.confidence, caps[(q.cue, q.speaker)]))
        if q.how == AttributionHow.SURNAME and (q.cue, q.speaker) in caps
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
