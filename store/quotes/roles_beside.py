"""Roles written beside a name: appositives set off by commas, and roles of what follows."""

from __future__ import annotations

import re

from store.quotes.lexicon import PART_LINKS, PART_WORDS, ROLE_WORDS
from store.quotes.mentions import Mention

CONTEXT = 80  # characters before a name searched for its role
_APPOSITIVE_ROLE = re.compile(r",\s+((?:the|a|an)\s+[^,;.:\x01\"“”()]{2,60}?),")
_ROLE_BEFORE = re.compile(
    r"(?:^|(?<=[.,;:]\s))((?:[Tt]he|[Aa]n?|\w+[’']s)\s+[^,;.:\x01\"“”()]{2,60}?),\s*$"
)
# A full name ending right before a ", <role>," that precedes another name.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+,\s*$")
_ROLES = ROLE_WORDS | PART_WORDS  # what an appositive beside a name may say they are


def role_of_what_follows(mention: Mention) -> bool:
    """True for a name read after a role that ends in a link ("governor of New Jersey",
    "Center for Trade Studies"), not before it ("Jo Lee, author of [a title]")."""
    role = (mention.role or "").split()
    before = mention.name is not None and mention.text != mention.name
    return before and bool(role) and role[-1].casefold() in PART_LINKS


def appositive_roles(text: str, start: int, end: int) -> list[str]:
    """The roles set off by commas beside the name at text[start:end]."""
    after = _APPOSITIVE_ROLE.match(text, end)
    lead = text[max(0, start - CONTEXT) : start]
    # The role before ends in a comma right before the name: most names have none to search.
    comma = lead.rstrip().endswith(",")
    before = _ROLE_BEFORE.search(text, max(0, start - CONTEXT), start) if comma else None
    name_end = before.start() if before is not None else 0
    if before is not None and _NAME_BEFORE.search(text, max(0, name_end - 60), name_end):
        # "Joe Arpaio, the Arizona sheriff, Trump ...": the role is Arpaio's, not Trump's.
        before = None
    found = [m[1] for m in (before, after) if m is not None]
    return [role for role in found if any(w in _ROLES for w in role.casefold().split())]
