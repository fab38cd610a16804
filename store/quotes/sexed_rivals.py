"""“...,” she said" after "Teo Brandt and Anna Lind met": Anna Lind, not the man whose first
name no list holds.

A first name on no given-name list says no sex, so its bearer "fits" either pronoun: the cast
then hands "she" to whoever is nearest, and a man with an uncommon name takes a woman's words.
When the unknown one is named in one "X and Y" with a person the pronoun's sex is known for,
the two are equally near and salient, and the pronoun is the known one's: one is known to
fit, the other only not known not to. Anything looser does not hold: a speaker whose first
name no list holds ("Zelinde", "Bo Taruk said ...") is as often the one a later "she" or "he"
means over a person of that sex who is a subject of the same paragraph (four such quotes on
the bench's train split went wrong when that was tried).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from store.quotes.lexicon import Gender
from store.quotes.people import PARAGRAPH_STRIDE, Person

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

Seen = tuple[int, Person]

# What joins two names into one subject: "Teo Brandt and Anna Lind", "Brandt, and Lind".
_JOINED = re.compile(r",?\s+(?:and|&)\s+")


def sexed_rival(chosen: Seen, gender: Gender, cast: Cast, at: int) -> Seen:
    """The candidate "he" or "she" at `at` means: `chosen`, unless its sex is unknown and
    a person of `gender` is named beside it in one "X and Y"; then that one."""
    person = chosen[1]
    if not gender or person.sex:
        return chosen
    joined = [
        pair
        for pair in cast.named
        if pair[0] < at and _sexed(pair[1], gender) and _joined(chosen, pair, cast.texts)
    ]
    return max(joined, key=_seen, default=chosen)


def _sexed(person: Person, gender: Gender) -> bool:
    """True for a named person known to be of `gender` (no description: "the woman")."""
    return person.sex == gender and not person.described


def _joined(one: Seen, other: Seen, texts: Mapping[int, str]) -> bool:
    """True when two names stand in one "X and Y" of the same paragraph."""
    (first, earlier), (second, _) = sorted((one, other), key=_seen)
    paragraph, offset = divmod(first, PARAGRAPH_STRIDE)
    if second // PARAGRAPH_STRIDE != paragraph or one[1] is other[1]:
        return False
    between = texts.get(paragraph, "")[offset : second % PARAGRAPH_STRIDE]
    names = [earlier.name, *earlier.names]
    rest = next((between[len(n) :] for n in names if between.startswith(n)), None)
    return rest is not None and bool(_JOINED.fullmatch(rest))


def _seen(pair: Seen) -> int:
    return pair[0]
