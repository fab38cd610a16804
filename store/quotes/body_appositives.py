"""“...,” the newspaper wrote" after "The Dover Leader, the state's largest newspaper,".

sole_bodies.py reads which bare noun a body may be called from the words of its name: "the
newspaper" is the Dover Ledger, whose name holds a paper's word, not the Dover Leader, whose
name holds none. Narration often says what a body is right after its name, in apposition
("The Dover Leader, the state's largest newspaper, has run ...", "Boltmart, an online gun
marketplace company,"): the noun that heads that appositive is one the body may be called,
whatever its name holds. A kind noun may also carry a modifier that only describes the body
further ("the conservative-leaning newspaper", "the Dover-based company"): it is the bare
noun's kind, as "the newspaper" would be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

# Nouns an appositive may head for each bare noun: "the editorial" is a paper's.
_HEADS: dict[str, tuple[str, ...]] = {
    "newspaper": ("newspaper", "paper", "daily"),
    "paper": ("newspaper", "paper", "daily"),
    "editorial": ("newspaper", "paper", "daily"),
    "company": ("company", "firm"),
    "firm": ("company", "firm"),
}
# A modifier that describes a body and sets it apart from no other: "conservative-leaning",
# "Dover-based", "family-owned", "state-run".
_DESCRIBING = re.compile(r"[\w’']+-(?:leaning|based|owned|run|backed|funded)")
# Words an appositive holds at most before its head.
_APPOSITIVE_WORDS = 6


def describing_modifier(word: str) -> bool:
    """True for a modifier that only describes a body ("conservative-leaning")."""
    return _DESCRIBING.fullmatch(word) is not None


@lru_cache(maxsize=64)
def _appositive(name: str, heads: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(heads)
    return re.compile(
        rf"\b{re.escape(name)},\s+(?:an?|the|(?:[A-Z][\w.-]*\s+){{0,2}}[\w.-]+[’']s)\s+"
        rf"(?:[\w’'-]+\s+){{0,{_APPOSITIVE_WORDS}}}?(?:{nouns})(?=[,.;])",
        re.IGNORECASE,
    )


def called_in_apposition(noun: str, name: str, texts: Mapping[int, str]) -> bool:
    """True when narration (`texts`) sets an appositive headed by `noun`'s kind right after
    the body's `name` ("The Dover Leader, the state's largest newspaper,")."""
    heads = _HEADS.get(noun)
    if heads is None:
        return False
    pattern = _appositive(name, heads)
    return any(pattern.search(text) for text in texts.values())
