"""Roles written beside a name: appositives set off by commas, roles of what follows, party
tags and ages ("Ada Kerr (R-Ohio)", "Tom Reddy, 62,"), and the person a tag names later ("the
Ohio Republican")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.models import SpeakerKind
from store.quotes.antecedents import role_fits
from store.quotes.lexicon import PART_LINKS, PART_WORDS, ROLE_WORDS
from store.quotes.mentions import Mention
from store.quotes.tag_words import PARTY_LETTERS, PARTY_NOUNS, STATE_ABBREVIATIONS

if TYPE_CHECKING:
    from store.quotes.people import Person

CONTEXT = 80  # characters before a name searched for its role
_APPOSITIVE_ROLE = re.compile(r",\s+((?:the|a|an)\s+[^,;.:\x01\"“”()]{2,60}?),")
_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[.,;:]\s))((?:[Tt]he|[Aa]n?|\w+[’']s)\s+[^,;.:\x01\"“”()]{2,60}?),\s*$"
)
# A full name ending right before a ", <role>," that precedes another name.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+,\s*$")
_PLACE_AFTER = re.compile(r"\s+(?:of|from)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?![’'])")
_ROLES = ROLE_WORDS | PART_WORDS  # what an appositive beside a name may say they are


def role_of_what_follows(mention: Mention) -> bool:
    """True for a name read after a role that ends in a link ("governor of New Jersey",
    "Center for Trade Studies"), not before it ("Jo Lee, author of [a title]")."""
    role = (mention.role or "").split()
    before = mention.name is not None and mention.text != mention.name
    return before and bool(role) and role[-1].casefold() in PART_LINKS


def appositive_roles(
    text: str, start: int, end: int, title: str | None = None, unblanked: str = ""
) -> list[str]:
    """The roles set off by commas beside the name at text[start:end], and its title with the
    place after the name ("Sen. Jo Lee of Ohio" is the "Ohio Sen.": "the Ohio senator"); with
    `unblanked`, the paragraph before its tags were blanked, the roles of the tags too."""
    place = _PLACE_AFTER.match(text, end) if title else None
    placed = [f"{place[1]} {title}"] if place else []
    after = _APPOSITIVE_ROLE.match(text, end)
    lead = text[max(0, start - CONTEXT) : start]
    # The role before ends in a comma right before the name: most names have none to search.
    comma = lead.rstrip().endswith(",")
    before = _ROLE_BEFORE.search(text, max(0, start - CONTEXT), start) if comma else None
    name_end = before.start() if before is not None else 0
    if before is not None and _NAME_BEFORE.search(text, max(0, name_end - 60), name_end):
        # "Joe Padgett, the county sheriff, Vance ...": the role is Padgett's, not Vance's.
        before = None
    found = [m[1] for m in (before, after) if m is not None] + placed
    roles = [role for role in found if any(w in _ROLES for w in role.casefold().split())]
    return roles + tag_roles(unblanked, end, title)


# "Ada Kerr (R-Ohio)", "Bo Renn, D-N.Y., said", "Cy Dorn (I)": a party tag right after a name.
_PARTY_TAG = re.compile(
    r"\s*(?:\(|,\s+)(?P<party>[RDI])(?:\s*[-–.,]\s*"
    r"(?P<state>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?\s*(?:\)|,)"
)
# "Tom Reddy, 62, a farmer": an age between commas right after a name.
_AGE_BESIDE = re.compile(r",\s(?P<age>\d{1,3}),")


def tag_roles(text: str, end: int, title: str | None = None) -> list[str]:
    """The roles a tag right after the name ending at `end` gives ("Ohio Republican" for
    "(R-Ohio)", "62-year-old" for ", 62,"): narration blanks both before reading names, yet
    writers name the person by them later ("the Ohio Republican", "the 62-year-old"). With
    the name's title, the party's role holds it too: "Sen. Jo Lee (R-Ohio)" is the "Ohio
    Republican Sen.", whom "the Republican senator" means."""
    age = _AGE_BESIDE.match(text, end)
    if age is not None:
        return [f"{age['age']}-year-old"]
    tag = _PARTY_TAG.match(text, end)
    if tag is None:
        return []
    party, state = PARTY_LETTERS[tag["party"]], tag["state"]
    place = STATE_ABBREVIATIONS.get(state, state) if state else None
    if place is not None and "." in place:
        place = None  # an abbreviation we cannot spell out: the party alone
    role = f"{place} {party}" if place else party
    return [f"{role} {title}" if title else role]


def party_description(text: str) -> bool:
    """True for a capitalised description by party ("the Ohio Republican", "the Democrat"),
    which reads as a body's name but may stand for a person tagged with that party."""
    words = text.casefold().split()
    return len(words) >= 2 and words[0] == "the" and words[-1] in PARTY_NOUNS


def tagged_person(text: str, named: Sequence[tuple[int, Person]], at: int) -> Person | None:
    """The person named before `at` whose party role a capitalised description fits ("the
    Ohio Republican" after "Ada Kerr (R-Ohio)"), read as a body otherwise."""
    if not party_description(text):
        return None
    wanted = " ".join(text.casefold().split()[1:])
    for seen, person in reversed(named):
        fits = person.kind == SpeakerKind.PERSON and any(role_fits(wanted, r) for r in person.roles)
        if seen < at and fits:
            return person
    return None
