"""A person the article names by surname alone, never by a full name ("Orme took the stage.
He thanked ..."): the cast keeps such a lone word only when its pronouns say it is someone."""

from __future__ import annotations

import re
from bisect import bisect_right

from store.quotes.common_words import common_word
from store.quotes.first_names import CALENDAR_NAMES, FIRST_NAMES
from store.quotes.lexicon import (
    ADVERBS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    NON_SUBJECT_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
)
from store.quotes.marks import MASK
from store.quotes.person_words import PEOPLE_NOUNS
from store.quotes.salience import gender_vote, modifies, name_like
from store.quotes.tag_words import STATE_NAMES

# Pronouns of quantity and sentence adverbs that take a verb as a subject does ("None has
# offered plans", "Nor are tariffs ..."): no one's name.
_QUANTITY_WORDS = frozenset(
    "none nobody neither either few most several others another everyone everybody nothing "
    "nor sometimes".split()
)
# Numbers written out open a sentence as its count: "Twelve years ago, when she ...".
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions dozen dozens".split()
)
# Capitalised words that open a sentence as no one's name: "Police said he ...".
_NOT_SURNAMES = (
    FUNCTION_WORDS
    | ROLE_WORDS
    | ORGANISATION_WORDS
    | PEOPLE_NOUNS
    | CALENDAR_NAMES
    | IRREGULAR_PLURALS
    | STATE_NAMES
    | _QUANTITY_WORDS
    | _NUMBER_WORDS
    | (ADVERBS - FIRST_NAMES)  # "Often he checks ...": an adverb, though "Will" is a man
)
# What may open the clause before its subject: "And even Halden tried", "Later, Orme took".
_OPENERS = FUNCTION_WORDS | ADVERBS
# "or" after the word makes it one of two choices, no subject: "Sooner or later, he ...".
_PREPOSITIONS = NON_SUBJECT_PREPOSITIONS | OBJECT_PREPOSITIONS | frozenset(("with", "of", "or"))
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# A determiner right after the word makes it a preposition or participle, never a name with
# its verb: "Given his record", "Despite the rain".
_DETERMINERS_AFTER = frozenset("his her their its the a an my our your".split())
# "he" or "she" as a word; the first letter leads so that the engine skips to it (see _HE).
_SUBJECT_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])e|(?<=[Ss])he)\b")
_CAPITALISED = re.compile(r"\b[A-Z]")


def lone_surname(
    text: str, start: int, end: int, ends: list[int], lower_words: frozenset[str] = frozenset()
) -> bool:
    """True for a lone capitalised word that opens its clause, a verb after it, and whose
    sentence (or the next) goes on with "he" or "she" ("Halden departs today, where he will
    ...", "Orme took the stage. He thanked ...", "Orme arrived late. “...,” he said."): a
    person, though "Moscow", "Iowa" or "CNN" never get a pronoun so, nor a word the article
    writes in lower case too ("Social media has ..., she noted": common_words.py)."""
    word = text[start:end]
    # The set look-ups first: they turn most words away ("The", "In", "Police") at once.
    if word.casefold() in _NOT_SURNAMES or common_word(word, lower_words):
        return False
    if not name_like(word) or modifies(text, end):
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
    if _SUBJECT_PRONOUN.search(text, end, stop) is None:
        return False  # no "he" or "she" after it: no vote to take
    vote = gender_vote(text, end, ends, sentence) or quoted_cue_vote(text, end, ends, sentence)
    return vote != 0


# A quote that opens the next sentence and is credited to a pronoun at once: "“...,” he said".
# Quotes are masked here, so their words are MASK characters between the marks.
_QUOTED_CUE = re.compile(r"\s*[“\"'‘]" + MASK + r"+[,.?!]?[”\"'’],?\s+(?P<pronoun>he|she)\s+[a-z]")


def quoted_cue_vote(text: str, end: int, ends: list[int], sentence: int) -> int:
    """+1 when the sentence after this one is a quote whose own cue is "he" (-1 for "she"),
    else 0: "Orme arrived late. “...,” he said." names its first pronoun in the quote's cue,
    where gender_vote, reading narration only, sees none. Only for a sentence that names no
    one else after the word ending at `end` ("Moments later, Galt ...", "..., said Ada Kerr"):
    there the cue's pronoun is as likely that other name's."""
    stop = ends[sentence] if sentence < len(ends) else len(text)
    cue = _QUOTED_CUE.match(text, stop)
    if cue is None or _CAPITALISED.search(text, end, stop):
        return 0
    return 1 if cue["pronoun"] == "he" else -1
