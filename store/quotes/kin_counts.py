"""A parent's count before a name: "mother of three Ada Kerr said", "Father of two Per Lund".

News introduces a parent by the children they have, written without hyphens as often as with
("mother-of-three" is one word, and stays in the name). The words describe the named person,
who is still the subject of the clause, as "a defensive Berg" is.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import KIN_WORDS

_COUNT = (
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
# The whole tail before the name: an optional "a", the relation, "of" and the count.
_KIN_COUNT = re.compile(
    rf"^\s*(?:an?\s+)?(?:{'|'.join(sorted(KIN_WORDS))})\s+of\s+{_COUNT}\s*$", re.IGNORECASE
)


def counted_kin(tail: str) -> bool:
    """True when the words before a name are a parent's count ("mother of three")."""
    return _KIN_COUNT.match(tail) is not None


# The same count ending the words before a name: "..., mother of three Ada Kerr".
_KIN_COUNT_END = re.compile(
    rf"\b(?:{'|'.join(sorted(KIN_WORDS))})\s+of\s+{_COUNT}\s+$", re.IGNORECASE
)
_REACH = 40  # characters before the name where the count stands


def after_kin_count(text: str, start: int) -> bool:
    """True when the name at text[start:] follows a parent's count: its number counts the
    children, not a group the name would be one of ("three Texans")."""
    return _KIN_COUNT_END.search(text[max(0, start - _REACH) : start]) is not None
