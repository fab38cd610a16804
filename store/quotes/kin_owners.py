""" "Her husband Anton" after "suing Tarnwell Agrotek": a body never lends a family its surname.

kin_surnames.py gives a relation's first name the surname of the last full-named person
before it whose sex does not rule them out. A firm the cast took for a person (two
capitalised words, no first name it knows, so no sex either) fits every "his" and "her",
and its last word became the relation's surname ("Anton Agrotek", at 0.76). A name that
ends like a body's or a company's, or one with no known first name that the article calls
"it" ("Tarnwell Agrotek has always denied that its product …"), owns no family.

With the firm gone, the relation's owner may be further back than the paragraph
kin_surnames.py reaches: the article's only full-named person of the pronoun's sex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.models import SpeakerKind
from store.quotes.body_name_ends import ends_a_body_name
from store.quotes.company_names import team_or_company_name
from store.quotes.lexicon import Gender
from store.quotes.people import Person
from store.quotes.salience import first_name_gender

# The name, then "its" in the same sentence before any person's pronoun: the name is a
# thing's ("X has denied that its product …"); "X said his firm" stays a person's.
_ITS = r"\b{name}\b[^.;!?“”\"]*?\b(?:its|it’s own|it's own)\b"
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers)\b", re.IGNORECASE)


def names_a_body(name: str, paragraphs: Iterable[str]) -> bool:
    """True when `name` reads as a body's: a body's or company's last word, or "its" after it."""
    words = name.split()
    if not words or ends_a_body_name(words[-1]) or team_or_company_name(name):
        return True
    if first_name_gender(words[0]) != Gender.UNSAID:
        return False  # "Ivo Renn said its roof leaked": a known first name is a person's
    pattern = re.compile(_ITS.format(name=re.escape(name)))
    for text in paragraphs:
        for match in pattern.finditer(text):
            if _PERSON_PRONOUN.search(match[0]) is None:
                return True
    return False


def sole_owner(
    named: Iterable[tuple[int, Person]], sex: Gender, at: int, paragraphs: tuple[str, ...]
) -> Person | None:
    """The one full-named person of `sex` the article names before `at`, when no other
    full-named person (of that sex or of none known) is: "her" further back than a
    paragraph ("Greta Lowry keeps bees … ¶ The 61-year-old sued … ¶ Her husband Anton")
    can then mean no one else. A person whose sex is unknown leaves it unsure."""
    fits: list[Person] = []
    for seen, person in named:
        if seen >= at or any(person is fit for fit in fits):
            continue
        full = person.kind == SpeakerKind.PERSON and not person.described and " " in person.name
        if (
            full
            and person.sex in (sex, Gender.UNSAID)
            and not names_a_body(person.name, paragraphs)
        ):
            fits.append(person)
    return fits[0] if len(fits) == 1 and fits[0].sex == sex else None
