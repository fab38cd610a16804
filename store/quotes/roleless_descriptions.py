"""Descriptions that say nothing of a role: an age ("Kerr, 31,") or a nation ("the Swede").

A recent person is "the rider" just after only when their roles fit ("the rider" is no
"senator"). Two kinds of word pass for roles and are none: an appositive age ("Pieter Kerr,
31, was gracious", kept among the roles so that a later "the 31-year-old" finds him), and a
nationality noun as the description ("her training partner Karin Lind ... “…,” the Swede
said"). Read as roles, the age kept any later description from Kerr and "the Swede" fitted
no training partner, so the quote went to no one. A person known only by ages has no
role, yet fits no post ("the mayor") and no noun the article wrote for others before
("Firefighters pulled Kerr out"); a nationality fits any role.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from store.quotes.antecedents import role_fits
from store.quotes.lexicon import ROLE_WORDS
from store.quotes.nationality_speakers import NATIONALITY_NOUNS
from store.quotes.people import PARAGRAPH_STRIDE

# "31-year-old", "the 31-year-old": a role word that is only an age.
AGE_ROLE = re.compile(r"(?:the\s+)?\d{1,3}-year-old", re.IGNORECASE)


def roles_allow(
    head: str, roles: Sequence[str], texts: Mapping[int, str] | None = None, at: int = 0
) -> bool:
    """True when a description with head noun `head` at `at` may be a person with these
    roles: no roles, one that fits, a head that is a nationality, or ages alone when the
    head is no post and no noun the article (`texts`) gave others before."""
    if not roles or any(role_fits(head, role) for role in roles):
        return True
    if head.casefold() in NATIONALITY_NOUNS:
        return True
    if not all(AGE_ROLE.fullmatch(role.strip()) for role in roles):
        return False
    # An age makes no role, nor every role fit: "Stael, 64, lost everything ... the mayor
    # said" is the mayor, whom no age names; "Firefighters pulled Kerr out. Kerr, 31, ...
    # the firefighter said" is one of those firefighters.
    return head.casefold() not in ROLE_WORDS and not _said_of_others(head, texts or {}, at)


def _said_of_others(head: str, texts: Mapping[int, str], at: int) -> bool:
    """True when the article wrote the head noun's plural before `at` ("Firefighters")."""
    plural = re.compile(rf"\b{re.escape(head)}(?:s|es)\b", re.IGNORECASE)
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    return any(
        plural.search(text if number < paragraph else text[:offset])
        for number, text in texts.items()
        if number <= paragraph
    )
