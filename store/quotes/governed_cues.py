"""Cue words that are a noun governed by the word before them: no one speaks through them.

"The minister, Ada Kerr, has denied claims that her office hid a report": "claims" is what
Kerr denied, the object of her verb, so the clause after it is the opposite of her words,
never her statement. "resigned amid reports that ...", "despite warnings that ...": after a
preposition the noun's authors go unnamed, and the sentence's subject is not one of them.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set
from store.quotes.statement_words import REPORTED_DENIAL_VERBS

# Verbs whose object is what someone else said: their subject answers those words.
_ANSWERING_VERBS = REPORTED_DENIAL_VERBS | word_set(
    """
    dismissed dismisses dismissing refuted refutes refuting rebuffed rebuffs ignored ignores
    rubbished rubbishes countered counters disputing rejecting
    """
)
# Prepositions that take the cue word as their noun: "amid claims that ...".
_PREPOSITIONS = word_set("amid amidst despite following over after against about")
# Cue words that are also plural nouns of speech.
_SPEECH_NOUNS = word_set("claims reports charges remarks comments warnings promises threats")
# The words before a cue word that make it a noun: what is answered, or a preposition's.
_GOVERNING = _ANSWERING_VERBS | _PREPOSITIONS


def governed_noun(text: str, verb: str, end: int) -> bool:
    """True for the cue word `verb` ending at `end` when the word before governs it as a noun."""
    if verb.casefold() not in _SPEECH_NOUNS:
        return False
    before = text[max(0, end - len(verb) - 16) : end - len(verb)]
    if not before.endswith(" "):
        return False  # "denied, claims" or a mark between: the word before governs nothing
    words = before.split()
    return bool(words) and words[-1].casefold() in _GOVERNING
