"""Capitalised words that open a sentence before a name but are no part of it.

A part of the extraction's lexicon (lexicon.py is full), read by mentions.py: "Regarding Vance",
"Shortly", "Another Kerr", "Interestingly Blocher", "Here’s Kerr" were read as people, and took
the surname of the person named after them or a pronoun meant for someone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import word_set

# Participles, adverbs and quantifiers that open a sentence or clause. Not every "-ly" word:
# "Connolly", "Jolly", "Early" are surnames, "Daily" opens a paper's name.
OPENING_WORDS = word_set(
    """
    another neither either regarding following according including concerning considering
    facing continuing celebrating speaking writing responding reacting referring pointing
    noting asked asking describing citing calling addressing
    shortly hastily interestingly finally recently separately similarly notably
    ironically curiously oddly meanwhile initially ultimately eventually apparently
    clearly obviously really additionally importantly unfortunately fortunately frankly
    certainly naturally generally usually typically currently subsequently consequently
    accordingly lately
    maybe perhaps stated wrote explained continued replied responded countered insisted
    given absent barring here’s here's there’s there's
    """
)
QUANTIFIERS = word_set("another neither either")  # alone, an unnamed one: "Another said"


def opens_before_a_name(word: str) -> bool:
    """True for a word that opens a clause before a name ("Regarding", "Shortly", "Another"),
    never a first name ("Kelly", "Sterling")."""
    lowered = word.casefold()
    if lowered in FIRST_NAMES:
        return False
    return lowered in OPENING_WORDS


# Who speaks without being named: "one said", "someone yelled", "one of them added".
ANONYMOUS_WORDS = word_set("one another someone somebody anyone anybody")
_PARTITIVE_PRONOUNS = word_set("them us those these")


def anonymous_speaker(tokens: Sequence[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """The (text, start, end) of an unnamed speaker ending a mention's words ("one", "one of
    them"), whom no pronoun rule may resolve to the person just named; None otherwise."""
    last = tokens[-1][0] if tokens else ""
    if last in ANONYMOUS_WORDS:
        return tokens[-1]  # lower case only: "Another Slaughter" is read as a name
    if last not in _PARTITIVE_PRONOUNS or len(tokens) < 3:
        return None
    words = [word.casefold() for word, _, _ in tokens[-3:-1]]
    if words[0] in ANONYMOUS_WORDS and words[1] == "of":
        return " ".join(w for w, _, _ in tokens[-3:]), tokens[-3][1], tokens[-1][2]
    return None
