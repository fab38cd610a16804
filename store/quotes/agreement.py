"""Sex agreement past a salient person whose sex nothing says."""

from __future__ import annotations

from bisect import bisect_left

from store.models import SpeakerKind
from store.quotes.lexicon import Gender
from store.quotes.people import Person
from store.quotes.salience import clause_subject

_PARAGRAPH = 1_000_000  # positions are paragraph * _PARAGRAPH + offset (store.quotes.speakers)


def agreeing_subject(
    named: list[tuple[int, Person]], text: str, span: tuple[int, int], gender: Gender
) -> Person | None:
    """The one full-named person of the pronoun's sex that is a clause's subject in the
    pronoun's paragraph (`span`: its start and the pronoun's position), else None.

    Asked only when the salient person a "he" or "she" would mean has no known sex and is
    not named in that paragraph: "... after Ada Kerr revealed her move ... “...,” she wrote"
    is Ada Kerr, not a Jo Lee who spoke a few paragraphs before. Possessives and objects
    ("Kerr's figures", "the thought of Kerr") are no subjects; two candidates, no choice.
    """
    start, at = span
    agreeing = {
        id(person): person
        for seen, person in named[bisect_left(named, start, key=_seen) :]
        if seen < at
        and person.kind == SpeakerKind.PERSON
        and person.sex == gender
        and " " in person.name
        and not person.described
        and clause_subject(text, seen % _PARAGRAPH)
    }
    return next(iter(agreeing.values())) if len(agreeing) == 1 else None


def _seen(pair: tuple[int, Person]) -> int:
    return pair[0]
