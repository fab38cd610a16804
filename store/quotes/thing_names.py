"""A name right after a work's or a business's noun: in "The actor, whose new film Salt Road
opens on Friday, ..." or "the founder, whose company Holloway Foods grew fast" the capitalised
words name a film or a firm, not a person, so no "he" or "she" may mean them.

work_titles.py reads the same noun set off by commas ("her book, Living Proof, ..."); this
reads it with no comma, where a person may stand too ("the company Ada Kerr founded"): a name
that opens with a known first name is still a person.
"""

from __future__ import annotations

import re

from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import word_set
from store.quotes.term_words import WORK_WORDS

# Nouns for a business or a band: what follows names it ("his firm Dorn Atlantic").
_BUSINESS_WORDS = word_set(
    "company firm brand label business startup start-up restaurant bakery shop chain charity band"
)
THING_NOUNS = WORK_WORDS | _BUSINESS_WORDS
# The noun as the last word before the name, lower-case and with only a space between.
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z][a-z-]*) $")
_REACH = 20


def names_thing(text: str, start: int, end: int) -> bool:
    """True when the name at text[start:end] comes right after a work's or business's noun
    ("film Salt Road", "company Holloway Foods") and opens with no known first name."""
    noun = _NOUN_BEFORE.search(text, max(0, start - _REACH), start)
    if noun is None or noun["noun"] not in THING_NOUNS:
        return False
    return text[start:end].split()[0].casefold() not in FIRST_NAMES
