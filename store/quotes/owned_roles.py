"""'“…,” the club's captain said': a role owned by a body is the role ("the captain").

A mention read back from its head stops at a possessive, so "the club's captain" reached the
cast as "club's captain": no determiner, hence no definite description for the person just
named or quoted, and the quote went to a speaker called "club's captain" though the sentence
before named "Harbour Rovers captain Denny Ocampo". When a body noun owns the role ("the company's
chief executive", "the club's captain") after "the", the cast resolves "the <role>" instead,
like any definite description; when that finds no one, the description stays as it was.
Only a role or person noun is held ("the foundation's tally" is a document).
A person noun's possessive ("the victim's mother") and a family word are someone else, so
they stay too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.quotes.lexicon import KIN_WORDS, ORGANISATION_WORDS, ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.person_words import BODY_NOUNS, PEOPLE_NOUNS, singular

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

_OWNED = re.compile(r"(?P<owner>[a-z]+)(?:'s|’s)\s+(?P<role>[a-z][a-z -]*)")
# "the" right before the mention, or opening it.
_THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
_OWNERS = ORGANISATION_WORDS | BODY_NOUNS


def owned_role_holder(
    chosen: Person | None, description: str, cast: Cast, at: int
) -> Person | None:
    """Whom "the <body>'s <role>" at `at` means when the cast left `description` for no
    one (`chosen` is the description itself): the holder "the <role>" finds, else `chosen`."""
    if chosen is None or chosen.name != description:
        return chosen
    owned = _OWNED.fullmatch(description.strip())
    if owned is None or singular(owned["owner"]) not in _OWNERS:
        return chosen
    role = owned["role"].strip()
    if any(word in KIN_WORDS for word in role.split()):
        return chosen  # "the club's founder's son": not the founder
    head = singular(role.split()[-1])
    if head not in ROLE_WORDS and head not in PEOPLE_NOUNS:
        return chosen  # "according to the foundation's tally": a document, no holder
    if not _after_the(cast, at):
        return chosen  # "a club's captain", "this club's": no one named before
    key = f"the {role}"
    fresh = key not in cast.people
    person = cast.resolve(Mention(key, MentionKind.DESCRIPTION), at)
    if person is None or person.name.casefold() == key:
        if fresh:
            cast.people.pop(key, None)  # the probe's own unresolved entry
        return chosen
    person.call(description)
    return person


def _after_the(cast: Cast, at: int) -> bool:
    """True when "the" opens the credit at `at` or stands right before it."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    text = cast.texts.get(paragraph, "")
    return text[offset : offset + 4].casefold() == "the " or bool(_THE_BEFORE.search(text[:offset]))
