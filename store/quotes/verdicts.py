"""A verdict on someone's claim: "Dunn called Kerr’s claim that the port was broke “a lie.”"

owned_words.claimed_event gives words in marks inside a claim's "that" clause to the claimant
("Kerr’s claim that the port was “broke”"). When a verb of judging stands right before the
possessive ("called", "described", "rejected"), the marks may instead be that verb's
complement, the judge's verdict on the whole claim: so once the clause has run its course
(its last word asks for nothing more: "…was broke “a lie”") or hands over to the verb's "as"
("described Kerr’s allegation that … as “nonsense”"), the words are not the claimant's.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import ADVERBS, FUNCTION_WORDS, word_set

# Verbs taking an object and a complement that judges it: "X called Y’s claim “a lie”".
JUDGING_VERBS = word_set(
    """
    called calls call calling described describes describing branded brands dismissed
    dismisses rejected rejects labelled labeled labels termed terms deemed denounced derided
    ridiculed characterized characterised
    """
)
# Last words of a clause that still wait for what the marks hold: "that the port was “",
# "that it faces the “", "that the fees were simply “".
_OPEN_ENDINGS = FUNCTION_WORDS | ADVERBS | word_set("am into about over under against very too")
_WORD = re.compile(r"[a-z’'-]+")
_LAST_WORD = re.compile(r"(?P<word>[a-z’'-]+)\s*$")


def judges_the_claim(text: str, owner_start: int, rest: str) -> bool:
    """True when a judging verb stands right before the claim's owner and the claim's clause
    (`rest`, the words after "that") is complete or ends on "as": the marks are the
    verdict of that verb's subject, not the claimant's words."""
    verb = _LAST_WORD.search(text, 0, owner_start)
    if verb is None or verb["word"] not in JUDGING_VERBS:
        return False
    if text[verb.end() : owner_start].strip():
        return False  # a mark or a comma between: no object of that verb
    words = _WORD.findall(rest.casefold())
    if not words:
        return False
    return words[-1] == "as" or words[-1] not in _OPEN_ENDINGS
