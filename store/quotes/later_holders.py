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

The holder must also be someone the passage is about, a sentence's subject or a speaker, and
the title theirs alone: "Chief Executive Tom Vane ... declined to comment" is no "chief", and
"President Tom Vane of the national federation" or "In a neighbouring state, Gov. Ada Kerr"
hold the office of another body or place than the story's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from store.models import SpeakerKind
from store.quotes.antecedents import head_fits, head_noun, role_fits
from store.quotes.people import Person
from store.quotes.sentences import sentence_ends, start_of_sentence
from store.quotes.sole_persons import OFFICE_HEADS


def later_holder(
    role: str, people: Iterable[Person], actors: Iterable[Person], texts: Mapping[int, str]
) -> Person | None:
    """The one person of `people` (the whole article's cast) whose title fits `role` ("judge"
    fits "Judge", "president" fits "Pres."), when `role` turns on an office word, and who is
    among `actors` (sentence subjects and speakers) and holds no other body's or place's
    office in `texts` (the narration); else None."""
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
    if len(holders) != 1 or not any(p is holders[0] for p in actors):
        return None
    return None if _elsewhere(holders[0], texts) else holders[0]


# Words that set a titled name in another place or body: "In a neighbouring state, Gov. Ada
# Kerr declared an emergency of her own", "a rival federation's president", "in another
# county", "In another case", "In other news"; "the other" only before such a place or body
# ("the other defended me" is a person).
_PLACES = (
    r"(?:state|country|nation|province|region|city|county|town|district|court|body|agency"
    r"|department|federation|party|union|club|team|company|group)s?"
)
_ELSEWHERE = re.compile(
    r"\b(?:neighbou?ring|nearby|rival|of (?:his|her|its|their) own|another"
    r"|(?<!\bthe\s)other|the\s+other\s+" + _PLACES + r")\b",
    re.I,
)


def _elsewhere(person: Person, texts: Mapping[int, str]) -> bool:
    """True when a sentence writing the person's title holds an office of something else:
    "President Tom Vane of the national federation", "In a neighbouring state, Gov. Kerr"."""
    titled = [n for n in person.names if any(n.startswith(f"{r} ") for r in person.roles)]
    for text in texts.values():
        ends = sentence_ends(text)
        for name in titled:
            for found in re.finditer(re.escape(name), text):
                begin = start_of_sentence(ends, found.start())
                stop = next((e for e in ends if e > found.end()), len(text))
                after = text[found.end() :].lstrip(", ")
                if after.startswith("of ") or _ELSEWHERE.search(text[begin:stop]):
                    return True
    return False


def _titles(person: Person) -> list[str]:
    """The roles the article wrote as a title right before this person's name ("Judge Rowe",
    "Pres. Kerr"): a role set off beside the name ("Rowe, a judge from Dover,") may be one of
    several such people the writer did not name, and is left to the rules before the quote."""
    return [r for r in person.roles if any(n.startswith(f"{r} ") for n in person.names)]


def _fits(role: str, head: str, written: str) -> bool:
    """True when a written title is the description's office: the whole description ("the
    chief judge" fits "Chief Judge") or its head with no other role word against it."""
    if head_noun(written.casefold()) != head and not role_fits(head, written.split()[-1]):
        return False  # "the chief" is no "Chief Executive"
    return role_fits(role, written) or head_fits(role, head, written)
