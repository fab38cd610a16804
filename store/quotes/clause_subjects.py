"""Whether the words after a speech verb open a clause of their own: a subject (a name, a bare
plural, quoted words) and a finite verb near enough. Reported speech asks this before it reads
"said Moscow would …" as a statement and "wrote a check to the party" as an object."""

from __future__ import annotations

import re
from itertools import pairwise

from store.quotes.bare_clauses import simple_past
from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.reported_shapes import (
    CONTRACTED,
    MARKED,
    QUOTED_SUBJECT,
    SUBJECT_PRONOUNS,
    finite,
    inflected,
)

# A subject without a determiner is read word by word (see has_subject): "said Moscow would",
# "said FBI agents were", "said officials had", "said Berg and Holm “did their best”".
MAX_BARE_SUBJECT_WORDS = 6
MAX_LOWER_LEAD = 3  # lower-case words a subject may open with before its name
# How far into a clause its finite verb may come: "argued his fight to fund the schools is".
MAX_FINITE_REACH = 10
_PLAIN_WORD = re.compile(r"^[\w’'.-]+$")


def shows_finite(rest: str, reach: int = MAX_FINITE_REACH) -> bool:
    """True when a finite-looking verb comes within the clause's first `reach` words."""
    words = rest.split()[: reach + 1]
    for before, word in pairwise(words):
        if finite(word) or not MARKED.isdisjoint(word):
            return True  # quoted words carry the predicate as often as not
        # "the talks failed", "the U.S. needs": not "a detailed plan", "to the crews".
        if inflected(word) and before.casefold() not in FUNCTION_WORDS:
            return True
        if simple_past(before, word):
            return True  # "the quake shook the city"
    return False


def quoted_subject(rest: str) -> bool:
    """True when quoted words open the clause and the writer's verb follows them ("said “local
    forces” must lead the way"), not a quote that is the whole clause."""
    match = QUOTED_SUBJECT.match(rest)
    if match is None:
        return False
    verb = match["verb"]  # or the subject after quoted words: "saying “on a bad night” she’d"
    return finite(verb) or bool(CONTRACTED.match(verb)) or verb.casefold() in SUBJECT_PRONOUNS


def has_subject(rest: str) -> bool:
    """True when the words open with a name (or a bare plural) and then a finite verb, or a
    quote that carries the predicate; any other word in between is read as the subject's."""
    words = rest.split()[: MAX_BARE_SUBJECT_WORDS + 1]
    if not words or not _PLAIN_WORD.match(words[0]):
        return False
    # "said officials were": a lower-case subject is one plural noun, no longer, unless a
    # name follows ("said presumptive nominee Ada Kerr is").
    lead = next((i for i, word in enumerate(words) if word[:1].isupper()), len(words))
    named = lead <= MAX_LOWER_LEAD and not any(
        word.casefold() in FUNCTION_WORDS for word in words[:lead]
    )
    limit = len(words) if named else 2
    for before, word in pairwise(words[:limit]):
        if finite(word) or word[:1] in '“"':
            return True
        if before[:1].isupper() and word[:1].islower() and inflected(word):
            return True  # "says rival Ada Kerr accepted $200,000": a name, then its verb
        if not _PLAIN_WORD.match(word):
            return False  # a comma or a mark ends the subject without a verb
    return False
