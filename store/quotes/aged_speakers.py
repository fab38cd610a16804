"""“...,” the 24-year-old said": an age is a person's, never a body's, and the one person just
introduced when no age was given.

Reporters give an age once ("Ada Kerr, 61,") and quote "the 61-year-old"; as often they give
none, and "the 61-year-old" is simply the one person the sentence before brought in ("The dog
was found by retired nurse Edna Fairlie. “...,” said the 71-year-old."). The cast's own reading
of a description (speakers.py) may leave such a noun for no one, or hand it to a team or firm
whose two-word name reads like a person's ("Harwick Albion announce the signing of Mateo Rasco.
“...,” the 24-year-old says"). Here an age description goes to a body never; when no age was
given for anyone else, it goes to the one person named in its paragraph before it, else in the
paragraph before; of several there, to the only one who is a subject and is met there for the
first time ("Rovers boss Stefan Kuhl was furious when Mbeki went down": Kuhl); else the
description stays as it was. The way stays a description's, whose confidence is capped
below the plain ways'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.models import SpeakerKind
from store.quotes.aged_nationals import national_speaker
from store.quotes.company_names import team_or_company_name
from store.quotes.first_names import CALENDAR_PATTERN
from store.quotes.lexicon import word_set
from store.quotes.owned_roles import owned_role_holder
from store.quotes.people import PARAGRAPH_STRIDE, Person

# re-exported for the cast, whose module is full
from store.quotes.roleless_descriptions import roles_allow as roles_allow

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

# Only "the": "a 24-year-old said" brings in someone new, whom no one named before is.
_AGED = re.compile(r"the\s+(\d+)-year-old", re.IGNORECASE)
# A weekday's or month's name, before or after a date's day ("Friday, 24", "24 May").
_CALENDAR = f"(?:{CALENDAR_PATTERN})"
# Verbs of a plural subject right after a name: only a body or team takes them ("Harwick
# Albion announce", "Dunmore Rovers have agreed"), never one person.
_PLURAL_VERBS = word_set(
    "have are were announce confirm say agree want need insist face remain hope expect "
    "plan believe sign host play"
)


def aged_speaker(chosen: Person | None, description: str, cast: Cast, at: int) -> Person | None:
    """Whom the age description `description` at `at` means, given whom the cast chose
    (`chosen`): that choice when it is a person, else the one person just introduced, else
    the description itself (unresolved). Any other description is left to the cast."""
    age = _AGED.fullmatch(description.strip())
    if age is None:
        chosen = owned_role_holder(chosen, description, cast, at)  # "the club's captain"
        return national_speaker(chosen, description, cast, at)  # "the Welshman" who just spoke
    if chosen is None:
        return chosen  # None: the cast found two people the description fits
    if not _body_like(chosen, cast) and chosen.name != description:
        return chosen
    if description in chosen.names:
        chosen.names.remove(description)  # the body never was "the 24-year-old"
    years = age[1]
    if _age_given(years, cast) or _unnamed_introduced(years, cast):
        return _unresolved(description, cast)  # "Ada Kerr, 61": the cast's to tie, not ours
    person = _just_introduced(years, cast, at)
    if person is None:
        return _unresolved(description, cast)
    person.call(description)
    return person


def _unresolved(description: str, cast: Cast) -> Person:
    return cast.people.setdefault(description.casefold(), Person(description))


def _just_introduced(years: str, cast: Cast, at: int) -> Person | None:
    """The one person named in the paragraph of `at` before it, else in the paragraph
    before, who is no body and was given no other age; of several, the one subject there
    whom that paragraph names first in the article; else None."""
    paragraph = at // PARAGRAPH_STRIDE
    for back in (paragraph, paragraph - 1):
        start, end = back * PARAGRAPH_STRIDE, min(at, (back + 1) * PARAGRAPH_STRIDE)
        people = {
            id(person): person
            for seen, person in cast.named
            if start <= seen < end and _candidate(person, years, cast)
        }
        if len(people) > 1:
            return _new_subject(people, cast, start, end)
        if people:
            return next(iter(people.values()))
    return None


def _new_subject(people: dict[int, Person], cast: Cast, start: int, end: int) -> Person | None:
    """Of several people named between `start` and `end`, the only one who is a subject
    there, when it is there that the article first names them ("Rovers boss Stefan Kuhl was
    furious when Mbeki went down": Kuhl, met for the first time); else None."""
    subjects = {id(p): p for seen, p in cast.subjects if start <= seen < end and id(p) in people}
    if len(subjects) != 1:
        return None
    subject = next(iter(subjects.values()))
    first = next(seen for seen, person in cast.named if person is subject)
    return subject if first >= start else None


def _candidate(person: Person, years: str, cast: Cast) -> bool:
    """True for a named person who may be "the N-year-old": no body, no description, no
    place, and given no other age."""
    if person.described or " " not in person.name or _body_like(person, cast):
        return False
    other = _stated_age(person.name, cast)
    return other is None or other == years


def _body_like(person: Person, cast: Cast) -> bool:
    """True for a body, or a name narration writes as one: a team's or company's name, or
    one followed by a plural verb ("Harwick Albion announce")."""
    if person.kind != SpeakerKind.PERSON:
        return True
    if person.gender or person.given:
        return False
    if team_or_company_name(person.name):
        return True
    plural = re.compile(rf"\b{re.escape(person.name)}\s+(\w+)")
    return any(
        found[1].casefold() in _PLURAL_VERBS
        for text in cast.texts.values()
        for found in plural.finditer(text)
    )


def _age_given(years: str, cast: Cast) -> bool:
    """True when narration gives someone this age ("Ada Kerr, 61,", "61-year-old Ada Kerr"),
    never a date's day ("on Friday, 24 May")."""
    given = re.compile(
        rf"\b(?!{_CALENDAR}\b)[A-Z][\w'-]+,\s+{years}\b(?!-)(?!\s+{_CALENDAR}\b)"
        rf"|\b{years}-year-old\s+[A-Z]"
    )
    return any(given.search(text) for text in cast.texts.values())


def _unnamed_introduced(years: str, cast: Cast) -> bool:
    """True when narration brings in someone of this age by a description alone ("A
    12-year-old boy was pulled from the river by lifeguard Petra Holm"): "the 12-year-old"
    is most likely that one, whom no name stands for."""
    unnamed = re.compile(rf"\b[Aa]n?\s+{years}-year-old\b(?!\s+[A-Z])")
    return any(unnamed.search(text) for text in cast.texts.values())


def _stated_age(name: str, cast: Cast) -> str | None:
    """The age narration gives `name` ("Ada Kerr, 61," or "Kerr (61)"), else None."""
    stated = re.compile(rf"\b{re.escape(name.split()[-1])}(?:,\s+|\s+\()(\d{{1,3}})\b(?!-)")
    for text in cast.texts.values():
        if found := stated.search(text):
            return found[1]
    return None
