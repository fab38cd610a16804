"""A bare plural noun opening a reported clause with its past verb: "Holm said crews wanted
to know ...", "said prices rose after ...". Without a determiner or a capital, the noun is
read as the subject only when a past verb follows it at once (a present "crews need" reads
as a noun pair as easily), and only after "said"/"says", which rarely take a noun object.
A participle with "by" after it ("said prayers offered by the families") is the object's
description, not a clause's verb.
"""

from __future__ import annotations

from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.reported_shapes import finite
from store.quotes.statement_words import REPORTED_PAST_ONLY, REPORTED_SAY_FORMS
from store.quotes.verb_forms import past

# Words before the plural that are its own: "falling pupil numbers", "rising fuel costs".
MAX_MODIFIERS = 2


def plural_subject(rest: str, verb: str) -> bool:
    """True when the words after a say verb open with a lower-case plural and a past verb,
    the plural maybe after a word or two of its own ("said falling pupil numbers left ...",
    "said rising costs would ..."): then an auxiliary shows the clause too."""
    if verb.casefold() not in REPORTED_SAY_FORMS:
        return False
    words = rest.split()[: MAX_MODIFIERS + 3]
    for at in range(min(MAX_MODIFIERS + 1, len(words) - 1)):
        if at and not _modifier(words[at - 1]):
            return False
        if _plural(words[at]) and _clause_verb(words[at + 1], modified=at > 0):
            # "prayers offered by ...": a passive participle, no clause ("prices rose by" is).
            return words[at + 2 : at + 3] != ["by"] or words[at + 1] in REPORTED_PAST_ONLY
    return False


def _modifier(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def _clause_verb(word: str, modified: bool) -> bool:
    """A past verb after the plural; after a modified plural an auxiliary as well (a bare
    plural's "officials were" is clause_subjects.has_subject's)."""
    return past(word) or (modified and finite(word))


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
