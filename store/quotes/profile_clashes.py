"""“...,” the retired surgeon said" after "Real-estate developer Tom Vane": someone else.

sole_persons.py reads a profile noun as the person the passage is about. The article may
already have said what that person does, in the words right before the name ("Real-estate
developer Tom Vane", "novelist Ada Kerr") or in a role the cast holds: a noun of another
trade altogether ("the surgeon" for a developer, "the chef" for a novelist) is then someone
else, and the description stays one. Trades of one family are not told apart (a developer
may be called "the businessman", a novelist "the author"); a standing (billionaire,
candidate, veteran, teenager) is no trade and clashes with none. Only the word right before
the name is its trade ("A surgeon treated Tom Vane" says nothing of Vane), and a former
trade ("Former boxer Tom Vane", "ex-boxer") leaves room for a new one ("the actor").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from store.quotes.lexicon import word_set
from store.quotes.people import Person

# Trades by family: nouns of one family may name one person.
_FAMILIES = (
    word_set(
        "businessman businesswoman developer investor financier banker entrepreneur"
        " industrialist executive tycoon mogul magnate"
    ),
    word_set("author novelist writer poet playwright"),
    word_set("actor actress performer comedian filmmaker producer presenter broadcaster"),
    word_set("singer songwriter musician rapper"),
    word_set("artist painter sculptor designer architect photographer"),
    word_set("surgeon neurosurgeon doctor physician"),
    word_set("scientist engineer economist historian professor scholar academic teacher"),
    word_set("preacher pastor priest bishop rabbi imam"),
    word_set("boxer footballer cricketer jockey gymnast sprinter climber skier surfer rower"),
    word_set("chef"),
    word_set("soldier"),
    word_set("pilot"),
)
_FAMILY_OF = {noun: index for index, family in enumerate(_FAMILIES) for noun in family}
# Up to three words right before a name: "Real-estate developer", "retired heart surgeon".
_BEFORE = r"((?:[\w-]+\s+){{1,3}}){name}\b"


def trade_clash(head: str, person: Person, texts: Mapping[int, str]) -> bool:
    """True when the description's `head` ("surgeon") is a trade of another family than one
    narration wrote right before `person`'s name or the cast holds as a role (`texts`: the
    masked narration)."""
    family = _FAMILY_OF.get(head)
    if family is None:
        return False
    trades = {_FAMILY_OF[word] for word in _trade_words(person, texts) if word in _FAMILY_OF}
    return bool(trades) and family not in trades


def _trade_words(person: Person, texts: Mapping[int, str]) -> Iterable[str]:
    for role in person.roles:
        words = role.casefold().split()
        if not _former(words):
            yield from words
    pattern = re.compile(_BEFORE.format(name=re.escape(person.name)))
    for text in texts.values():
        for found in pattern.finditer(text):
            words = found[1].casefold().split()
            if not _former(words):
                yield words[-1].split("-")[-1]  # "Real-estate developer Tom Vane": developer


def _former(words: list[str]) -> bool:
    """True for a trade the person had ("former boxer", "ex-boxer"), maybe no longer."""
    return "former" in words or any(word.startswith("ex-") for word in words)
