"""A description whose restrictive "who" clause has its own verb is the speaker: "A woman who
lives in a flat overlooking the market said ...", "The man who owns the bakery said ...".

appositives.restrictive_relative cut such a clause off only when it ended on a name ("a nurse
who backs Ada Kerr told"), so a clause ending on a common noun left the subject unread and the
quote without a speaker. The clause is the subject's own only when "who" is its subject, that
is when its verb follows at once: in "a man who police said was armed" the clause has a
subject of its own, the police, who are the ones speaking.
"""

from __future__ import annotations

from store.quotes.person_words import can_speak
from store.quotes.statement_words import REPORTED_FINITE_VERBS, REPORTED_IRREGULAR_PASTS
from store.quotes.verb_forms import inflected

# Adverbs that may stand between "who" and its verb: "who still lives", "who once ran".
_ADVERBS = frozenset(("also", "still", "once", "never", "now", "often", "then", "later"))


def verb_after_who(words: list[str]) -> bool:
    """True when the words right after "who" open with its verb ("lives", "saw", "had
    worked", "still runs"), not with a subject of their own ("police said", "officials")."""
    rest = [w.casefold().strip(",") for w in words[:3]]
    while rest and (rest[0] in _ADVERBS or rest[0].endswith("ly")):
        rest = rest[1:]
    if not rest or not rest[0].isalpha():
        return False
    word = rest[0]
    if word in REPORTED_FINITE_VERBS or word in REPORTED_IRREGULAR_PASTS:
        return True
    return inflected(word) and not can_speak(word)
