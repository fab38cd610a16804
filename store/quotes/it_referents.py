"""Whom "it said" may stand for: a body, never people named together as one speaker.

"Sen. Ada Kerr and Gov. Tom Vance spoke ... “...,” it said": the cast keeps a pair as one
speaker of the body kind (two people are no "he" or "she"), but "it" never means people; an
unattributed quote beats giving a company's words to two senators."""

from __future__ import annotations

import re
from collections.abc import Callable

from store.models import SpeakerKind
from store.quotes.people import Person

_BODY = SpeakerKind.ORGANISATION
# The joints of a list of names: "A and B", "A, B and C", "A & B".
_JOINTS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def it_referent(
    heard: list[tuple[int, Person]], at: int, find: Callable[[str], Person | None]
) -> Person | None:
    """Whom "it" at `at` stands for: the latest body that spoke or was named before it."""
    bodies = (p for seen, p in reversed(sorted(heard, key=_seen)) if seen < at)
    return next((p for p in bodies if p.kind == _BODY and not people_joined(p, find)), None)


def _seen(pair: tuple[int, Person]) -> int:
    return pair[0]


def people_joined(body: Person, find: Callable[[str], Person | None]) -> bool:
    """True when a body's name is only people the cast knows joined by "and" or commas.
    "Johnson & Johnson", whose parts are no one known, stays a body."""
    if " and " not in body.name and "&" not in body.name:
        return False  # (the cheap test before the split)
    parts = [part for part in _JOINTS.split(body.name) if part]
    return len(parts) > 1 and all(_a_person(part, find) for part in parts)


def _a_person(part: str, find: Callable[[str], Person | None]) -> bool:
    """True when a listed name is a person of the cast, by its whole or by its surname (the
    list keeps each title: "Sen. Ada Kerr" is known as Ada Kerr)."""
    known = find(part) or find(part.split()[-1])
    return known is not None and known.kind == SpeakerKind.PERSON
