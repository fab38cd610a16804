"""A bare subject of two nouns joined by "of": "said prices of bread had risen", "said members
of the board were". has_subject reads a lower-case subject as one plural noun, no longer, so
that "wrote letters to the party" stays the verb's object; a noun, "of" and a short noun phrase
before a finite verb open a clause of their own as surely as "said officials were" does."""

from __future__ import annotations

from store.quotes.lexicon import FUNCTION_WORDS, WH_RELATIVES
from store.quotes.reported_shapes import finite

# The words after "of" before the verb: "of bread", "of the board", "of clean drinking water".
MAX_OF_OBJECT_WORDS = 3
# A relative word ends the noun phrase: "members of the board who had" reads the relative's
# verb, not the clause's.
_RELATIVES = WH_RELATIVES


def of_phrase_subject(words: list[str]) -> bool:
    """True for words opening "noun of [the] noun(s)", then a finite verb ("prices of bread
    had", "levels of pollution were"): a bare subject with its verb."""
    if len(words) < 4 or words[1] != "of":
        return False
    head = words[0]
    if not head.isalpha() or not head.islower() or head in FUNCTION_WORDS:
        return False
    for at, word in enumerate(words[2 : 3 + MAX_OF_OBJECT_WORDS], start=2):
        if at > 2 and finite(word):
            return True
        if not word.replace("-", "").isalpha() or word.casefold() in _RELATIVES:
            return False  # a comma, a number or a mark: no plain noun phrase
    return False
