"""A reported clause whose subject carries a participle phrase: "Holm said pupils affected by
the fire could resit", "said the men hurt in the crash were recovering".

The clause readers (has_subject, plural_subject) take a subject's verb right after its noun,
so a noun described by a participle and its preposition ("affected by the clash") stopped
them, and the whole statement was dropped. The subject is read here only when the phrase
ends, within a few plain words, on an auxiliary or modal with a word after it: that verb is
the clause's. Without it ("said prayers offered by the families") the participle may as well
describe an object, and nothing is read. Only after "said"/"says", which rarely take a noun
object; a bare noun must be plural ("students"), a singular one needs its determiner.
"""

from __future__ import annotations

from store.quotes.lexicon import FINITE_AUXILIARIES, FUNCTION_WORDS, word_set
from store.quotes.statement_words import REPORTED_SAY_FORMS
from store.quotes.verb_forms import past

_DETERMINERS = word_set("the a an all some many most those these any every each no")
# Prepositions a participle phrase goes on with: "hit by", "hurt in", "caught up in".
_PREPOSITIONS = word_set("by in into at during from under after on with for over")
# Participles the irregular pasts do not hold ("hit" is as often a present).
_PARTICIPLES = word_set("hit cut shut beaten hidden stolen driven taken given shown")
_MODIFIERS = 2  # words of the noun's own before it: "the young flood victims"
_PHRASE = 6  # plain words between the preposition and the clause's auxiliary


def participle_subject(rest: str, verb: str) -> bool:
    """True when the words after a say verb open with a noun, a participle and a phrase of a
    few plain words that ends on an auxiliary: "students affected by the clash could sit"."""
    if verb.casefold() not in REPORTED_SAY_FORMS:
        return False
    words = rest.split()[: 1 + _MODIFIERS + 3 + _PHRASE + 2]
    at = 1 if words and words[0].casefold() in _DETERMINERS else 0
    for noun in range(at, min(at + _MODIFIERS + 1, len(words) - 2)):
        if not _plain(words[noun]):
            return False
        if (at or _plural(words[noun])) and _phrase(words, noun + 1):
            return True
    return False


def _phrase(words: list[str], at: int) -> bool:
    """True for a participle at `at`, a preposition, a few plain words, then an auxiliary
    with a word after it."""
    if not _participle(words[at]) or words[at + 1] not in _PREPOSITIONS:
        return False
    for index in range(at + 2, min(at + 2 + _PHRASE, len(words) - 1)):
        word = words[index]
        if word in FINITE_AUXILIARIES and index > at + 2:
            return words[index + 1].isalpha()
        if not word.replace("-", "").replace("’", "").replace("'", "").isalnum():
            return False  # a comma or a stop ends the phrase first: no clause read
    return False


def _participle(word: str) -> bool:
    return word.islower() and (past(word) or word in _PARTICIPLES)


def _plain(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in FUNCTION_WORDS


def _plural(word: str) -> bool:
    """ "students", "families": not "business" nor "his"; "people" and "children" too."""
    if word in ("people", "children", "men", "women"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3
