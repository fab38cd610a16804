"""Which of several people sharing a surname a bare one means, in either language.

A reader knows no Kerr the article has not named yet: a bare "Kerr said" is the Kerr named
last before it, and before either is named the only Kerr there is, or no one when there are
several. A headline's "Kerr: …" stands before everyone: it sums up its lede, so it is the
lede's one Kerr, else nobody's. Pure functions over (position, person) reading orders, used
by the English cast (store/quotes/speakers.py, headlines.py) and the Russian one (ru/cast.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

P = TypeVar("P")


def bearer_at(seen: Sequence[tuple[int, P]], bearers: Sequence[P], at: int) -> P | None:
    """The bearer named last before `at`; when none was named by then, the only bearer
    there is, and None when there are several (which one a reader cannot tell)."""
    if len(bearers) == 1:
        return bearers[0]  # named before `at` or not, the only bearer there is
    wanted = {id(b) for b in bearers}
    latest: dict[int, int] = {}
    for seen_at, person in seen:
        key = id(person)
        if seen_at < at and key in wanted:
            latest[key] = max(seen_at, latest.get(key, seen_at))
    if latest:
        return max((b for b in bearers if id(b) in latest), key=lambda b: latest[id(b)])
    return bearers[0] if len(bearers) == 1 else None


def named_before(seen: Sequence[tuple[int, P]], bearers: Sequence[P], at: int) -> list[P]:
    """The bearers named before `at`, in the order of `bearers`."""
    before = {id(person) for seen_at, person in seen if seen_at < at}
    return [b for b in bearers if id(b) in before]


def headline_bearer(seen: Sequence[tuple[int, P]], bearers: Sequence[P], lede_end: int) -> P | None:
    """Whom a headline's bare shared surname credits: the one bearer the lede (all before
    `lede_end`) names, as a headline sums up its lede."""
    in_lede = named_before(seen, bearers, lede_end)
    return in_lede[0] if len(in_lede) == 1 else None
