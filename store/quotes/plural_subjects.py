"""A bare plural noun opening a reported clause with its past verb: "Holm said crews wanted
to know ...", "said prices rose after ...". Without a determiner or a capital, the noun is
read as the subject only when a past verb follows it at once (a present "crews need" reads
as a noun pair as easily), and only after "said"/"says", which rarely take a noun object.
A participle with "by" after it ("said prayers offered by the families") is the object's
description, not a clause's verb.
"""

from __future__ import annotations

from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.statement_words import REPORTED_IRREGULAR_PASTS, REPORTED_SAY_FORMS


def plural_subject(rest: str, verb: str) -> bool:
    """True when the words after a say verb open with a lower-case plural and a past verb."""
    if verb.casefold() not in REPORTED_SAY_FORMS:
        return False
    words = rest.split()[:3]
    if len(words) < 2 or not (_plural(words[0]) and _past(words[1])):
        return False
    # "prayers offered by ...": a passive participle, no clause ("prices rose by" is one).
    return words[2:] != ["by"] or words[1] in _PAST_ONLY


# Past forms that are never a participle: with "by" after them still a clause's verb.
_PAST_ONLY = frozenset("took gave came went knew began saw ran became broke rose fell grew".split())


def _plural(word: str) -> bool:
    """ "crews", "prices", "talks": not "business", "bus", "his" nor an adverb ("-ly")."""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in FUNCTION_WORDS
        and len(word) > 3
    )


def _past(word: str) -> bool:
    """ "wanted", "stalled", "rose": a past form (not "need", "speed")."""
    if not word.isalpha() or not word.islower():
        return False
    return word in REPORTED_IRREGULAR_PASTS or (word.endswith("ed") and not word.endswith("eed"))
