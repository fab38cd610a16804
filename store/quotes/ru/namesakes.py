"""A bare surname several people of a Russian article bear: the one named by then.

"сказал Сомов" after Павел Сомов is named, and before Олег Сомов is, means Павел: the reader
knows no other Сомов yet. Once both are named, the Сомов named last before the cue is the
likelier but no sure pick, and its confidence is capped as the English side caps it
(store/quotes/namesakes.py). A headline's "Сомов: …" stands before everyone: it is the lede's
Сомов when the lede names just one, else nobody's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from store.models import AttributionHow, Quote
from store.quotes.namesakes import SHARED_NAME

P = TypeVar("P")


def bearer_at(seen: Sequence[tuple[int, P]], bearers: Sequence[P], at: int) -> P | None:
    """The bearer named last before `at`; when none was named by then, the only bearer
    there is, and None when there are several (which one a reader cannot tell)."""
    latest: dict[int, int] = {}
    for seen_at, person in seen:
        key = id(person)
        if seen_at < at and any(key == id(b) for b in bearers):
            latest[key] = max(seen_at, latest.get(key, seen_at))
    if latest:
        return max((b for b in bearers if id(b) in latest), key=lambda b: latest[id(b)])
    return bearers[0] if len(bearers) == 1 else None


def named_before(seen: Sequence[tuple[int, P]], bearers: Sequence[P], at: int) -> list[P]:
    """The bearers named before `at`, in the order of `bearers`."""
    before = {id(person) for seen_at, person in seen if seen_at < at}
    return [b for b in bearers if id(b) in before]


def headline_bearer(
    seen: Sequence[tuple[int, P]], bearers: Sequence[P], lede_end: int
) -> P | None:
    """Whom a headline's bare shared surname credits: the one bearer the lede (all before
    `lede_end`) names, as a headline sums up its lede."""
    in_lede = named_before(seen, bearers, lede_end)
    return in_lede[0] if len(in_lede) == 1 else None


def hedged(quotes: Sequence[Quote], shared: set[tuple[int | None, str]]) -> list[Quote]:
    """Quotes credited by a bare surname two people named by then bear (`shared`: the
    paragraph and speaker of each such cue), their confidence held at the namesake cap."""
    return [
        replace(q, confidence=min(q.confidence, SHARED_NAME))
        if q.how == AttributionHow.SURNAME and (q.paragraph, q.speaker) in shared
        else q
        for q in quotes
    ]
