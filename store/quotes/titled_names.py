"""A name that only qualifies someone else's title: "Ohio chapter president Ada Kerr".

Read by salience.modifies. A capitalised name followed by a lowercase job title and then a
second name ("Former Ohio speechwriter Ada Kerr", "Dover chapter president Bo Renn") says
whose or where the job is; the person is the name after the title. Taking the first name for
the sentence's subject sent the next "he said" to a city or to the boss of the one speaking.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import FUNCTION_WORDS, ROLE_WORDS, word_set
from store.quotes.person_words import can_speak

# Up to two lowercase words before the title's head, then the next name's first capital:
# " chapter president Bo", " speechwriter Ada".
_TITLE_THEN_NAME = re.compile(
    r"\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))\s+(?:[A-Z]\.\s*)?[A-Z][a-z]"
)
_PLURAL_END = re.compile(r"[^s]s$")
# A verb between the two names makes the second its object ("Kerr met lawyer Bo Renn"):
# past tenses the "-ed" test misses, and present ones the plural test catches.
_IRREGULAR_VERBS = word_set(
    """
    told met said beat chose became made saw took gave won lost left led sent brought
    thought paid hit let put set sought spoke wrote heard found kept got
    """
)


def _verb(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_VERBS or word in FUNCTION_WORDS


def qualifies_title(text: str, end: int) -> bool:
    """True when the name ending at `end` is followed by a singular job title and another
    name: "Ohio chapter president Ada Kerr" (Ohio qualifies), never "Kerr said Renn"."""
    match = _TITLE_THEN_NAME.match(text, end)
    if match is None:
        return False
    head = match["head"]
    words = match["words"].split()
    if any(_PLURAL_END.search(word) or _verb(word) for word in words):
        return False  # "Ohio voters Ada ...", "Kerr met lawyer Bo": no title of one person
    return head in ROLE_WORDS or can_speak(head)
