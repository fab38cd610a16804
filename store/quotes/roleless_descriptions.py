"""Descriptions that say nothing of a role: an age ("Kerr, 31,") or a nation ("the Swede").

A recent person is "the rider" just after only when their roles fit ("the rider" is no
"senator"). Two kinds of word pass for roles and are none: an appositive age ("Pieter Kerr,
31, was gracious", kept among the roles so that a later "the 31-year-old" finds him), and a
nationality noun as the description ("her training partner Karin Lind ... “…,” the Swede
said"). Read as roles, the age kept any later description from Kerr and "the Swede" fitted
no training partner, so the quote went to no one. A person known only by ages fits any
description, as one with no role does; and a nationality fits any role.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.quotes.antecedents import role_fits
from store.quotes.nationality_speakers import NATIONALITY_NOUNS

# "31-year-old", "the 31-year-old": a role word that is only an age.
AGE_ROLE = re.compile(r"(?:the\s+)?\d{1,3}-year-old", re.IGNORECASE)


def roles_allow(head: str, roles: Sequence[str]) -> bool:
    """True when a description with head noun `head` may be a person with these roles: no
    roles, one that fits, ages alone, or a head that is a nationality."""
    if not roles or any(role_fits(head, role) for role in roles):
        return True
    if head.casefold() in NATIONALITY_NOUNS:
        return True
    return all(AGE_ROLE.fullmatch(role.strip()) for role in roles)
