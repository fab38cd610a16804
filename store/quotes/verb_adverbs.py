"""The words between a speech verb and its subject that are neither: "Kerr also said",
"Lind on Monday told", "Renn, who in 2010 said", "Quill tried to argue", "Kerr and Dorn both
said".

Passed over before the subject is read, so that "also" or "Monday" is never taken for a name.
"""

from __future__ import annotations

from store.quotes.lexicon import ADVERBS, CATENATIVE_VERBS, TIME_OPENERS, TIME_WORDS
from store.quotes.name_words import CAPITALISED_AUXILIARY_NAMES

# A quantifier floated after a plural or joined subject: "Kerr and Dorn both said", "the
# captains all told". Alone before the verb ("Both said") it is the subject itself.
_FLOATING = frozenset(("both", "all"))


def skip_adverbs(tokens: list[tuple[int, str]]) -> int:
    """The tokens before a verb, as a length, once the words between its subject and it are
    dropped from their end: adverbs ("also", "quickly"), a day ("on Monday"), a year ("in
    2010"), "tried to"."""
    at = len(tokens)
    while at > 0:
        word = tokens[at - 1][1].casefold()
        before = tokens[at - 2][1].casefold() if at > 1 else ""
        original = tokens[at - 1][1]
        manner = original.endswith("ly") and original.isalpha() and original.islower()
        named = at == len(tokens) and word in CAPITALISED_AUXILIARY_NAMES and original[:1].isupper()
        if (word in ADVERBS and not named) or manner or (word in _FLOATING and at > 1):
            at -= 1
        elif before in TIME_OPENERS and (word.endswith("day") or word in TIME_WORDS):
            at -= 2
        elif before == "in" and word.isdigit() and len(word) == 4:
            at -= 2  # a year: "Lind, who in 2010 said", "Kerr in 2014 told"
        elif word == "to" and before in CATENATIVE_VERBS:
            at -= 2  # "Quill tried to argue": the subject is before "tried"
        else:
            return at
    return at
