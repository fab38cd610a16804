"""“...,” the judge said, before "Judge Rowe" is named: the article's one holder of that office.

A memoir or a long feature may quote "the judge" or "the governor" paragraphs before it first
writes the title beside a name ("Judge Rowe", "Gov. Ada Kerr"), or write that name only later
in a passage of its own. The role rules read only people named before the quote, so the
description stood for no one although the article names who holds the office. When exactly
one person of the whole article carries, written right before the name, a title that fits
the description's office, and it is a plain "the <office>" (no possessive, no group, no
"former" the title lacks), that person is meant; two holders ("Judge Rowe ... Judge Lenz")
leave the description. The way stays a description's, whose confidence is capped below the
plain ways'.
"""

from __future__ import annotations

from collections.abc import Iterable

from store.models import SpeakerKind
from store.quotes.antecedents import head_fits, head_noun, role_fits
from store.quotes.people import Person
from store.quotes.sole_persons import OFFICE_HEADS


def later_holder(role: str, people: Iterable[Person]) -> Person | None:
    """The one person of `people` (the whole article's cast) whose title fits `role` ("judge"
    fits "Judge", "president" fits "Pres."), when `role` turns on an office word; else None."""
    head = head_noun(role)
    if head not in OFFICE_HEADS or head != role.split()[-1]:
        return None  # "the president of the club": an office of something, maybe no title
    holders = [
        person
        for person in people
        if person.kind == SpeakerKind.PERSON
        and not person.described
        and any(_fits(role, head, written) for written in _titles(person))
    ]
    return holders[0] if len(holders) == 1 else None


def _titles(person: Person) -> list[str]:
    """The roles the article wrote as a title right before this person's name ("Judge Rowe",
    "Pres. Kerr"): a role set off beside the name ("Rowe, a judge from Dover,") may be one of
    several such people the writer did not name, and is left to the rules before the quote."""
    return [r for r in person.roles if any(n.startswith(f"{r} ") for n in person.names)]


def _fits(role: str, head: str, written: str) -> bool:
    """True when a written title is the description's office: the whole description ("the
    chief judge" fits "Chief Judge") or its head with no other role word against it."""
    return role_fits(role, written) or head_fits(role, head, written)
