"""A title before a shared surname picks the bearer the article gave that title.

"Judge Mary Rowe ... the defendant's father, Tom Rowe ... Judge Rowe said" is the judge: a
writer repeats the title exactly so the reader can tell the two apart, whichever Rowe was
named last or most. "Dr. Ellery" after "Dr. Margaret Ellery" and "her son, Peter Ellery" is
the doctor. A courtesy title ("Mr.", "Ms.") says only a sex, which surnames.of_sex reads;
a title no bearer was given ("Sen. Rowe" when neither is a senator) decides nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.quotes.antecedents import role_fits
from store.quotes.lexicon import HONORIFIC_GENDER

if TYPE_CHECKING:
    from store.quotes.people import Person


def titled_bearers(people: Sequence[Person], title: str | None) -> list[Person]:
    """Those of `people` (sharing one lone name) whose roles the mention's `title` fits
    ("Judge" fits "Judge", "Sen." fits "Senator"); all of them when the title is a courtesy
    one, or fits none or all."""
    key = (title or "").casefold()
    if len(people) < 2 or not key or key in HONORIFIC_GENDER:
        return list(people)
    fitting = [person for person in people if _given(person, key)]
    return fitting or list(people)


def _given(person: Person, title: str) -> bool:
    """True when the article gave `person` a role the title fits."""
    return any(role_fits(title, role) for role in person.roles)
