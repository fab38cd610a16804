"""“...,” the newspaper wrote" after "The Dover Leader, the state's oldest newspaper,".

sole_bodies.py reads which bare noun a body may be called from the words of its name: "the
newspaper" is the Dover Ledger, whose name holds a paper's word, not the Dover Leader, whose
name holds none. Narration often says what a body is right after its name, in apposition
("The Dover Leader, the state's oldest newspaper, has printed ...", "Cropline, an online seed
marketplace company,"): the noun that heads that appositive is one the body may be called,
whatever its name holds. A kind noun may also carry a modifier that only describes the body
further ("the conservative-leaning newspaper", "the Dover-based company"): it is the bare
noun's kind, as "the newspaper" would be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from store.quotes.people import PARAGRAPH_STRIDE

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
# Words that open a phrase of their own inside an appositive, whose last noun is then not
# its head: "the football club owned by a Gulf company", "the firm that owns a newspaper".
_PHRASE_OPENERS = "a|an|the|by|of|that|which|who|whose|in|on|for|with|from|to|at|and|or|owns|runs"


def describing_modifier(word: str) -> bool:
    """True for a modifier that only describes a body ("conservative-leaning")."""
    return _DESCRIBING.fullmatch(word) is not None


def _written(name: str) -> str:
    """A pattern of the name as narration writes it: "The Dover Leader" or "the Dover Leader"
    mid-sentence, its own capitals kept (a lower-case "apple" is no Apple)."""
    escaped = re.escape(name)
    return "[Tt]" + escaped[1:] if name.startswith("The ") else escaped


@lru_cache(maxsize=64)
def _appositive(name: str, heads: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(heads)
    word = rf"(?!(?:{_PHRASE_OPENERS})\s)[\w’'-]+\s+"
    return re.compile(
        rf"\b{_written(name)},\s+(?:[Aa]n?|[Tt]he|(?:[A-Z][\w.-]*\s+){{0,2}}[\w.-]+[’']s)\s+"
        rf"(?:{word}){{0,{_APPOSITIVE_WORDS}}}?(?:{nouns})(?=[,.;])"
    )


def called_in_apposition(noun: str, name: str, texts: Mapping[int, str], at: int) -> bool:
    """True when narration (`texts`) before reading position `at` sets an appositive headed
    by `noun`'s kind right after the body's `name` ("The Dover Leader, the state's oldest
    newspaper,"); what comes after the quote is no clue to whom it meant."""
    heads = _HEADS.get(noun)
    if heads is None:
        return False
    pattern = _appositive(name, heads)
    return any(pattern.search(text) for text in _before(texts, at))


# Kinds of body an appositive may call a name that no bare "the company" or "the newspaper"
# means: "Ashby Rovers, the football club owned by a Gulf company," is a club.
_OTHER_KINDS = frozenset(
    "club team party union league charity school hospital university church campaign"
    " council committee".split()
)


@lru_cache(maxsize=64)
def _any_appositive(name: str) -> re.Pattern[str]:
    word = rf"(?!(?:{_PHRASE_OPENERS})\s)[\w’'-]+"
    return re.compile(
        rf"\b{_written(name)},\s+(?:[Aa]n?|[Tt]he)\s+((?:{word}\s+){{0,{_APPOSITIVE_WORDS}}}{word})"
    )


def called_otherwise(noun: str, name: str, texts: Mapping[int, str], at: int) -> bool:
    """True when narration before reading position `at` sets an appositive after `name`
    that calls it another kind of body than `noun`'s and never `noun`'s own ("the football
    club", for "company"), in its first phrase."""
    heads = _HEADS.get(noun)
    if heads is None:
        return False
    pattern = _any_appositive(name)
    for text in _before(texts, at):
        for found in pattern.finditer(text):
            words = {word.casefold() for word in found[1].split()}
            if words & _OTHER_KINDS and not words & set(heads):
                return True  # its own phrase, up to "owned by": "the football club owned"
    return False


def _before(texts: Mapping[int, str], at: int) -> list[str]:
    """The narration before reading position `at`: earlier paragraphs, and its own so far."""
    here, offset = divmod(at, PARAGRAPH_STRIDE)
    return [*(texts.get(paragraph, "") for paragraph in range(here)), texts.get(here, "")[:offset]]
