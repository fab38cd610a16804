"""One person described by two roles joined with "and": "the Ohio senator and Republican
presidential candidate told" is one senator, read by the first role; the words after "and",
with no determiner of their own, are no second speaker, unless another person named holds
the second role ("Sen. Ada Kerr and Gov. Tom Vance ... the senator and governor said")."""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.antecedents import role_fits
from store.quotes.lexicon import DETERMINERS, ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person

# "the independent Ohio senator and " right before the mention: a definite determiner, up to
# three words, then the role's head noun.
_FIRST_ROLE = re.compile(
    r"\b(?P<role>(?:[Tt]he|[Tt]his)\s+(?:[\w’'.-]+\s+){0,3}(?P<head>[a-z]+))\s+and\s+$"
)
_LOOK_BACK = 60
_JOINER = " and "


def joined_roles(mention: Mention, text: str) -> Mention:
    """The whole description when the mention is the second of one person's two roles
    ("the Ohio senator and presidential candidate"), else the mention itself. A plural or a
    non-role head before "and" ("the aides and supporters") is left."""
    if mention.kind != MentionKind.DESCRIPTION:
        return mention
    words = mention.text.split()
    if not words or words[0].casefold() in DETERMINERS:
        return mention  # "the senator and the governor": two people
    window_start = max(0, mention.start - _LOOK_BACK)
    first = _FIRST_ROLE.search(text, window_start, mention.start)
    if first is None or first["head"] not in ROLE_WORDS or first["head"].endswith("s"):
        return mention
    start = first.start("role")
    return replace(mention, text=text[start : mention.end], start=start)


def first_role(role: str) -> str:
    """The role a description of two joined roles is read by: "ohio senator" in "ohio senator
    and republican presidential candidate"; any other role whole."""
    first, joiner, second = role.partition(_JOINER)
    if not joiner or not first or second.split()[0] in DETERMINERS:
        return role
    return first if first.split()[-1] in ROLE_WORDS else role


def second_holder(role: str, people: list[Person], chosen: Person) -> bool:
    """True when the role after "and" is another person's of `people` than the one the first
    role chose: "the senator and governor" after "Sen. Ada Kerr and Gov. Tom Vance" are two
    speakers, whose words are neither's alone."""
    second = role.partition(_JOINER)[2]
    if first_role(role) == role:
        return False  # not one person's two roles
    return any(p is not chosen and any(role_fits(second, r) for r in p.roles) for p in people)
