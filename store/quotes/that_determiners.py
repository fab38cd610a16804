"""A "that" before a time or an amount determines it: "said that day he would resign".

After a speech verb "that" opens the reported clause ("said that the fees will rise"), or is
its subject when a finite verb follows ("said that was a mistake": reported_shapes'
demonstrative_that). Before a time it rather dates the saying, the clause after the noun:
"Kerr said that day he would resign" (or "said twice that day") reports "he would resign",
not "day he would resign". An amount or a time with a finite verb after it is the clause's
subject with its "that": "warned twice that sum might be lost" reports "that sum might be
lost". A time noun the clause goes on with ("said that day care centres would shut") keeps
the old reading: only a pronoun, a determiner or a capitalised word opens the clause after it.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import DETERMINERS, TIME_SPANS, word_set
from store.quotes.statement_words import REPORTED_FINITE_VERBS

_AMOUNTS = word_set("sum amount figure number total")
# What opens a clause of its own right after the time noun: "that day he", "that week the".
_CLAUSE_OPENERS = DETERMINERS | word_set("he she they it we i there this these those")
# The noun after "that", an optional comma, and the word after it.
_NOUN_THEN_WORD = re.compile(r"\s*(\w+),?\s+(\S+)")


def determined_clause(after: str, that_at: int, that_end: int) -> int | None:
    """Where the reported clause begins when the "that" ending at `that_end` determines a
    time or an amount, else None (the caller's reading stands)."""
    found = _NOUN_THEN_WORD.match(after, that_end)
    if found is None:
        return None
    noun, following = found.group(1).casefold(), found.group(2)
    if noun not in TIME_SPANS and noun not in _AMOUNTS:
        return None
    if following.casefold().replace("’", "'") in REPORTED_FINITE_VERBS:
        return that_at  # "that sum might be lost", "that week was the worst"
    if noun in TIME_SPANS and (following.casefold() in _CLAUSE_OPENERS or following[:1].isupper()):
        return found.start(2)  # "that day he would resign": the clause after the time
    return None
