"""Which of several full-named people sharing a surname a lone surname means."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from store.quotes.lexicon import Gender
from store.quotes.titled_bearers import titled_bearers

if TYPE_CHECKING:
    from store.quotes.people import Person

P = TypeVar("P")


def most_named(named: Sequence[tuple[int, P]], people: Sequence[P], at: int) -> P | None:
    """The one of `people` that narration (`named`, in reading order) named most before `at`,
    None on a tie: a lone "Pardo" after "her husband, Frank Pardo," still means the
    Pardo the article is about, as writers give the relative his first name instead."""
    counts = dict.fromkeys(map(id, people), 0)
    for seen_at, person in named:
        if seen_at >= at:
            break
        if id(person) in counts:
            counts[id(person)] += 1
    ranked = sorted(people, key=lambda p: counts[id(p)], reverse=True)
    return ranked[0] if counts[id(ranked[0])] > counts[id(ranked[1])] else None


def latest_named(named: Sequence[tuple[int, P]], people: Sequence[P], at: int) -> P | None:
    """The one of `people` that narration named last before `at`."""
    for seen_at, person in reversed(named):
        if seen_at < at and person in people:
            return person
    return None


def salient_bearer(named: Sequence[tuple[int, P]], people: Sequence[P], at: int) -> P:
    """Which of the people sharing a lone name a mention at `at` means: the only one, else
    the one named most before it, else the one named last, else the first registered."""
    if len(people) == 1:
        return people[0]
    return most_named(named, people, at) or latest_named(named, people, at) or people[0]


def bearers_of(
    by_surname: Mapping[str, list[Person]],
    by_first_name: Mapping[str, list[Person]],
    word: str,
    gender: Gender,
    title: str = "",
) -> list[Person]:
    """The full-named people whose surname (else first name) `word` is, of that sex, and of
    them those the article gave the mention's title ("Judge Kerr": titled_bearers.py)."""
    key = word.casefold()
    found = by_surname.get(key) or by_first_name.get(key) or []
    return titled_bearers(of_sex(found, gender) if found and gender else found, title)


def of_sex(people: Sequence[Person], gender: Gender) -> list[Person]:
    """The people a title of this sex may mean: "Mr. Lintz" is never Maria Lintz, whose first
    name or own title says she is a woman; those known to be of that sex first, else those of
    unknown sex (a first name we cannot read, "Dalia Lintz")."""
    same = [p for p in people if p.sex == gender]
    return same or [p for p in people if not p.sex]
