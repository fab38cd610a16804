"""A person the article names by surname alone, never by a full name ("Carson took the stage.
He thanked ..."): the cast keeps such a lone word only when its pronouns say it is someone."""

from __future__ import annotations

import re
from bisect import bisect_right

from store.quotes.first_names import CALENDAR_NAMES
from store.quotes.lexicon import (
    ADVERBS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    NON_SUBJECT_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
)
from store.quotes.person_words import PEOPLE_NOUNS
from store.quotes.salience import gender_vote, modifies, name_like
from store.quotes.tag_words import STATE_NAMES

# Capitalised words that open a sentence as no one's name: "Police said he ...".
_NOT_SURNAMES = (
    FUNCTION_WORDS | ROLE_WORDS | ORGANISATION_WORDS | PEOPLE_NOUNS | CALENDAR_NAMES
    | IRREGULAR_PLURALS | STATE_NAMES
)
# What may open the clause before its subject: "And even Obama tried", "Later, Carson took".
_OPENERS = FUNCTION_WORDS | ADVERBS
_PREPOSITIONS = NON_SUBJECT_PREPOSITIONS | OBJECT_PREPOSITIONS | frozenset(("with", "of"))
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# A determiner right after the word makes it a preposition or participle, never a name with
# its verb: "Given his record", "Despite the rain".
_DETERMINERS_AFTER = frozenset("his her their its the a an my our your".split())
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def lone_surname(text: str, start: int, end: int, ends: list[int]) -> bool:
    """True for a lone capitalised word that opens its clause, a verb after it, and whose
    sentence (or the next) goes on with "he" or "she" ("Obama departs today, where he will
    ...", "Carson took the stage. He thanked ..."): a person, though "Moscow", "Iowa" or "CNN"
    never get a pronoun so."""
    word = text[start:end]
    if not name_like(word) or word.casefold() in _NOT_SURNAMES or modifies(text, end):
        return False
    verb = _NEXT_WORD.match(text, end)
    if verb is None or verb[1] in _PREPOSITIONS or verb[1] in _DETERMINERS_AFTER:
        return False  # "Along with her husband", "Calif., but he", "Given his record": no subject
    sentence = bisect_right(ends, start)
    sentence_start = ends[sentence - 1] if sentence else 0
    before = text[sentence_start:start]
    clause = before[before.rfind(",") + 1 :].split()
    if not all(w.casefold() in _OPENERS for w in clause):
        return False  # "the 17 million Kazakh population": a word inside a phrase
    stop = ends[sentence + 1] if sentence + 1 < len(ends) else len(text)
    pronoun = _SUBJECT_PRONOUN.search(text, end, stop) is not None
    return pronoun and gender_vote(text, end, ends, sentence) != 0
