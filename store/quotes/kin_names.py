"""A name alone beside a family relation: "his wife, Jane,", "Her father, Brad, 39,".

Family members quoted in news are often named by first name only, set off by commas after
their relation to someone named before. Such a word is a person of the relation's sex, and
the pronouns after it ("“...,” she said") are most often theirs.
"""

from __future__ import annotations

import re

from store.quotes.first_names import NOUN_GENDER
from store.quotes.lexicon import Gender
from store.quotes.salience import name_like

# The relation before the name: a possessive ("his", "her", "their", "Kerr’s") and a noun
# with a sex of its own ("wife", "father", "daughter"), then the name, set off by a comma
# or not ("His daughter Lusia, 22, had waited": the comma after the name is still needed).
_RELATION = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w-]*(?:’s|'s|s’|s'))\s+(?P<noun>[a-z]+),?\s+$"
)
_BACK = 40  # characters before the name where the relation stands
_AFTER = re.compile(r",\s")  # the comma closing the apposition


def kin_name(text: str, start: int, end: int) -> Gender:
    """The relation's sex for a name alone at text[start:end] set off by commas right after
    a family relation ("his wife, Jane, offered", "Her father, Brad, 39, worried"), else
    UNSAID."""
    if not text.startswith(",", end):  # (the cheapest test first: most names have no comma)
        return Gender.UNSAID
    if not name_like(text[start:end]) or _AFTER.match(text, end) is None:
        return Gender.UNSAID
    relation = _RELATION.search(text[max(0, start - _BACK) : start])
    return NOUN_GENDER.get(relation["noun"], Gender.UNSAID) if relation else Gender.UNSAID
