"""A bare subject and its simple past opening a reported clause: "said revenue climbed to
$4.2 billion", "said net income slipped", "said Holm drove the trawler into the pier",
"said Nordfisk's revenue fell".

Earnings and crime copy writes its statements so, with no determiner and no auxiliary: the
subject readers of reported.py wanted a name and then an auxiliary or an "-ed" word, or a
plural noun (plural_subjects.py), so the commonest sentence of a results story gave nothing.
After "said" a lower-case noun and a past verb are a clause's subject and verb far more often
than an object and its description; a participle with "by" after it ("said prayers offered
by ...") stays a description, as plural_subjects.py reads it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from store.quotes.bare_clauses import simple_past
from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.reported_shapes import finite
from store.quotes.statement_words import (
    REPORTED_IRREGULAR_PASTS,
    REPORTED_PAST_ONLY,
    REPORTED_SAY_FORMS,
)
from store.quotes.verb_forms import past, regular_past

# Words before the noun that are its own: "net income", "quarterly operating profit".
MAX_MODIFIERS = 2
# Words from a name to its verb: "Ada Kerr's fishing company drove".
MAX_NAMED_WORDS = 6
# Words of a phrase after the noun: "residents in the area should", "anyone with information
# should", "crews on the Bodo ferry were".
MAX_PLACE_WORDS = 3
_PLACE_LINKS = frozenset("in on at with from near inside across along aboard".split())
# Not "that" nor "this": after the phrase's noun they open a relative clause ("said mass in
# the chapel that was built") or stand for a thing, and the verb then is theirs, not the noun's.
_PHRASE_DETERMINERS = frozenset("the a an his her their its".split())
_PLAIN = re.compile(r"^[\w’'.-]+$")  # a comma or a mark ends the subject


def bare_subject(rest: str, verb: str) -> bool:
    """True when the words after a say verb open with a bare lower-case noun (a word or two
    of its own before it) and its past verb, or with a name whose subject shows a simple
    past ("said Holm drove", "said Nordfisk's revenue fell")."""
    if verb.casefold() not in REPORTED_SAY_FORMS:
        return False
    words = rest.split()
    return (
        _noun_and_past(words[: MAX_MODIFIERS + 3])
        or named_past(words[: MAX_NAMED_WORDS + 1])
        or _placed_noun(words[: MAX_PLACE_WORDS + 3])
    )


def named_past(words: list[str]) -> bool:
    """True for a name opening a subject whose verb is a simple past: "Holm drove", "Holm
    set", "Nordfisk's revenue climbed" (an "-ed" past after the name is read already)."""
    if not words or not words[0][:1].isupper() or not _PLAIN.match(words[0]):
        return False
    for before, word in pairwise(words):
        if not _PLAIN.match(word) or finite(word):
            return False  # a comma ends the subject; an auxiliary's clause is read already
        if simple_past(before, word) or (_content(before) and regular_past(word)):
            return True
    return False


def _noun_and_past(words: list[str]) -> bool:
    for at in range(min(MAX_MODIFIERS + 1, len(words) - 1)):
        if not _content(words[at]) or past(words[at]):
            return False  # "a deadline insiders said went unnoticed": the subject went before
        if past(words[at + 1]) or (at and finite(words[at + 1])):
            # "profits offered by ...": a passive participle's agent, no clause.
            return words[at + 2 : at + 3] != ["by"] or words[at + 1] in REPORTED_PAST_ONLY
    return False


def _placed_noun(words: list[str]) -> bool:
    """True for a bare noun, a phrase of place or company after it, then an auxiliary or an
    irregular past ("said residents in the area should boil water", "said anyone with information
    should call"): a verb after such a phrase has the noun for its subject."""
    if len(words) < 3 or not _content(words[0]) or words[1] not in _PLACE_LINKS:
        return False
    for at, word in enumerate(words[2:], 2):
        if at > 2 and (finite(word) or word in REPORTED_IRREGULAR_PASTS):
            return True  # not an "-ed" word: "said prayers in the packed hall" is no clause
        if not (_content(word) or word in _PHRASE_DETERMINERS or _capitalised(word)):
            return False  # a comma, a mark or a clause's word ends the phrase
    return False


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.isalpha()


def _content(word: str) -> bool:
    """A lower-case word that may be a noun or its modifier: not "the", "his", nor "-ly"."""
    return (
        word.isalpha()
        and word.islower()
        and word not in FUNCTION_WORDS
        and not word.endswith("ly")
        and len(word) > 2
    )
