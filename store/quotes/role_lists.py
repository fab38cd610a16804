"""Two names listed with a lower-case role before the second: "Mayor Ilse Thorne and engineer
Ravi Menon both said".

antecedents.listed_names reads "Ada Kerr and Bo Renn" as one list of speakers, but a role word
in lower case between "and" and the second name broke that list, and the cue went to the
nearer name alone: half of the speakers, at a named cue's confidence. The role describes the
second person only ("engineer"), so the list is both names. This module only finds the shape;
antecedents.py checks what stands before the list (a preposition makes it an object).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.quotes.lexicon import FUNCTION_WORDS, ROLE_WORDS
from store.quotes.mentions import is_abbreviation
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.person_words import can_speak

MAX_ROLE_WORDS = 3
# A job's ending the person word lists need not hold: "surveyor", "planner", "consultant".
_ROLE_ENDING = re.compile(r"[a-z]{3,}(?:or|er|ant|ent)")
_ROLE = rf"(?P<role>(?:[a-z][\w-]*\s+){{1,{MAX_ROLE_WORDS}}})"
# The list ending right before the second name: "Ilse Thorne and engineer ".
_ENDING = re.compile(rf"(?P<first>{CAPITALISED_RUN})\s+(?:and|&)\s+{_ROLE}$")
# The rest of the list after the first name: " and engineer Ravi Menon".
_FOLLOWING = re.compile(rf"\s+(?:and|&)\s+{_ROLE}(?P<second>{CAPITALISED_RUN})")


class RoleList(NamedTuple):
    """The two names of a list with a role before the second, and where the first begins."""

    first: str
    second: str
    first_start: int


def role_list_ending(text: str, start: int, end: int, reach: int) -> RoleList | None:
    """The list whose second name is text[start:end] ("… and engineer Ravi Menon")."""
    match = _ENDING.search(text, max(0, start - reach), start)
    if match is None or not _role_words(match["role"]) or not _a_name(match["first"]):
        return None
    return RoleList(match["first"], text[start:end], match.start("first"))


def role_list_following(text: str, start: int, end: int) -> RoleList | None:
    """The list whose first name is text[start:end] ("Ilse Thorne and engineer Ravi Menon")."""
    match = _FOLLOWING.match(text, end)
    if match is None or not _role_words(match["role"]):
        return None
    return RoleList(text[start:end], match["second"], start)


# What may stand right before the list's first name: nothing, a sentence's end, a comma, or
# a quote's closing mark ("“…,” Ilse Thorne and engineer Ravi Menon said"), or
# the first person's own role ("engineer Ravi Menon and mayor Ilse Thorne"). A verb there
# makes the first name its object ("met Tuesday and engineer Ravi Menon said"): no list.
_OPENS_LIST = re.compile(r"(?:^|[.!?:;,—–(”\"]|\b(?P<word>[a-z][\w-]*))\s*$")


def opens_list(text: str, begins: int) -> bool:
    """True when the list's first name, at `begins`, opens its clause or follows its role."""
    before = _OPENS_LIST.search(text, max(0, begins - 40), begins)
    if before is None:
        return False
    word = before["word"]
    return word is None or _role_words(word)


def _role_words(role: str) -> bool:
    """ "engineer", "chief engineer", "fellow diver": modifiers, then a role noun last; no
    function word ("and then told", "and the")."""
    words = role.split()
    if any(word in FUNCTION_WORDS for word in words):
        return False
    head = words[-1]
    return head in ROLE_WORDS or can_speak(head) or _ROLE_ENDING.fullmatch(head) is not None


def _a_name(first: str) -> bool:
    """A name ends the first part, not a title or a role ("Gov. and engineer …")."""
    last = first.split()[-1]
    return not is_abbreviation(last) and last.casefold() not in ROLE_WORDS
