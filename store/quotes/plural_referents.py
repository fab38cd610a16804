"""Whom "they said" stands for: a plural speaker, never one person.

"Ada Kerr and Bo Holm met voters. Kerr said the vote was close. “We will win,” they said.":
the last speaker is Kerr, yet "they" cannot be her. A plural pronoun refers to a group (a list
of names read as one speaker, "Kerr and Holm"), a body ("the council", whom reporters call
"they" as often as "it") or a plural description ("the officials", "his aides"); when no such
speaker spoke in the pronoun's reach the quote stays unattributed, which is better than giving
a group's words to one of its members.
"""

from __future__ import annotations

from store.models import SpeakerKind
from store.quotes.antecedents import plural_noun
from store.quotes.people import Person

Seen = list[tuple[int, Person]]


def plural_speaker(spoke: Seen, at: int, reach: int) -> Person | None:
    """The latest speaker before `at` (not before `reach`) who can be "they"."""
    for seen, person in reversed(spoke):
        if seen >= at:
            continue
        if seen < reach:
            break
        if is_plural(person):
            return person
    return None


def is_plural(person: Person) -> bool:
    """True for a body, a list of people, or a description whose head noun is plural."""
    if person.kind == SpeakerKind.ORGANISATION:
        return True
    return person.described and plural_noun(person.name.split()[-1].casefold())
