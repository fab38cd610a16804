"""A verdict on someone's claim: "Dunn called Kerr’s claim that the port was broke “a lie.”"

owned_words.claimed_event gives words in marks inside a claim's "that" clause to the claimant
("Kerr’s claim that the port was “broke”"). When a verb of judging stands right before the
possessive ("called", "described", "rejected"), the marks may instead be that verb's
complement, the judge's verdict on the whole claim: so when they close the sentence and the
clause has run its course on a copula and its complement ("…was broke “a lie.”") or hands
over to the verb's "as" ("described Kerr’s allegation that … as “nonsense”"), the words are
not the claimant's. A clause ending on any other verb still waits for its object ("would
cost “billions”", "faces “ruin”"), and words after the marks ("“lied to voters” absurd")
are the verdict, so the marks stay the claimant's.
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
# Verbs that link a subject to its complement: "that the mill was bankrupt".
_COPULAS = word_set("is are was were be been seems seemed remains remained became becomes")
_WORD = re.compile(r"[a-z’'-]+")
_LAST_WORD = re.compile(r"(?P<word>[a-z’'-]+)\s*$")


def judges_the_claim(text: str, owner_start: int, rest: str, close_at: int) -> bool:
    """True when a judging verb stands right before the claim's owner, the marks (closing at
    `close_at`) end the sentence and the claim's clause (`rest`, the words after "that")
    ends on "as" or on a copula and its complement: the marks are the verdict of that
    verb's subject, not the claimant's words."""
    verb = _LAST_WORD.search(text, 0, owner_start)
    if verb is None or verb["word"] not in JUDGING_VERBS:
        return False
    if text[verb.end() : owner_start].strip():
        return False  # a mark or a comma between: no object of that verb
    if not _ends_the_sentence(text, close_at):
        return False  # "“lied to voters” absurd": the verdict follows the marks
    words = _WORD.findall(rest.casefold())
    return bool(words) and (words[-1] == "as" or _complement_closes(words))


def _ends_the_sentence(text: str, close_at: int) -> bool:
    """True when the sentence ends with the marks: "…“a lie.”", "…“a lie”.", "…“a lie.” Then"."""
    tail = text[close_at + 1 :].lstrip("”’\"')")
    if not tail.strip() or tail[0] in ".!?":
        return True
    return text[close_at - 1 : close_at] in (".", "!", "?") and tail[0].isspace()


def _complement_closes(words: list[str]) -> bool:
    """True when the clause ends on a copula's complement: "the mill was bankrupt"."""
    copula = max((at for at, word in enumerate(words) if word in _COPULAS), default=-1)
    if copula < 0 or copula == len(words) - 1:
        return False  # no copula ("would cost"), or one still waiting ("the mill was")
    last = words[-1]
    return last not in _OPEN_ENDINGS and not last.endswith("ing")  # "was facing “ruin”"
