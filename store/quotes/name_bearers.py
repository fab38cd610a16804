"""How many people bear one name: one per first name, the word beside the shared one.

"Ada Kerr" and "Norland Foreign Minister Ada Kerr" are one bearer of "Kerr", "Tom Kerr" a
second. Extraction counts them to hedge a bare "Kerr said" (store/quotes/namesakes.py), and
answering to mark such a quote (store/search/namesakes.py); both count here, so an answer
and the quote it shows agree on who shares a name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

_Bearer = TypeVar("_Bearer")


def one_per_first_name(
    bearers: Iterable[tuple[str, _Bearer]], keep: _Bearer | None = None
) -> dict[str, _Bearer]:
    """Each first name's bearer, the first met; `keep` (the one a quote is resolved to) takes
    its first name's place wherever it comes: "Kerr" resolved to the later of two "Ada Kerr"
    stays that one."""
    found: dict[str, _Bearer] = {}
    for first, bearer in bearers:
        if first not in found or (keep is not None and bearer is keep):
            found[first] = bearer
    return found


def several_people(first_names: Iterable[str]) -> bool:
    """Whether first names are of two people: not one name and its initial ("Ada", "A")."""
    names = set(first_names)
    full = {name for name in names if len(name) > 1}
    initials = {name for name in names if len(name) == 1} - {name[0] for name in full}
    return len(full) + len(initials) > 1
