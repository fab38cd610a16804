"""The words of a capitalised run that make it a body: "the Kremlin’s", "Lanark Co-op".

One reading for the mention reader's two questions, whether a run names a body and whether a
determiner's capitalised words hold a body's word at all (there a possessive's owner counts:
"the Kremlin’s"): a word of the lexicon's organisation words, a two-letter acronym only in
capitals ("Ri Chol Un" is a name: name_syllables.py). A co-operative's word
ends a body's name ("Lanark Co-op said", "Brenna Co-operative said"), where the run was read
as a person's at 0.98; only last, as "co-operative" may qualify what follows it.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.lexicon import ORGANISATION_WORDS, word_set
from store.quotes.name_syllables import syllable
from store.quotes.name_words import POSSESSIVE_END

_LAST_BODY_WORDS = word_set("co-op coop co-operative cooperative")


def organisation_words(words: Sequence[str], owners: bool = False) -> set[str]:
    """The casefolded words of the run that name a body; with `owners`, a possessive's owner
    too: "the Kremlin’s" holds a body's word, though "Reuters’ Ada Kerr" names her."""
    found = {
        folded
        for word in words
        if (folded := _owner(word) if owners else word.casefold()) in ORGANISATION_WORDS
        and not syllable(word)
    }
    last = words[-1] if words else ""
    if last[:1].isupper() and (_owner(last) if owners else last.casefold()) in _LAST_BODY_WORDS:
        found.add(last.casefold())
    return found


def _owner(word: str) -> str:
    return POSSESSIVE_END.sub("", word.casefold())
