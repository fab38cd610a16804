"""Shapes of reported sentences that reported.py reads, kept apart for its length: a quoted
subject, a contracted subject, the description after an inverted cue, a place's region."""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import ARTICLES, ROLE_WORDS

MAX_APPOSITIVE_WORDS = 8

# A quoted subject and the writer's verb after it: "said “local forces” must lead the way".
QUOTED_SUBJECT = re.compile(r"^\s*[“\"][^”\"]+[”\"],?\s+(?P<verb>[\w’']+)")
# A pronoun and its verb in one word: "saying he’s “made ...”" is "he has", two words.
CONTRACTED = re.compile(r"^(?:he|she|it|they|we|i|you|there)[’'](?:s|re|ll|d|ve|m)$", re.I)

# The speaker's description after an inverted cue: ", an economist at the bank", ", who
# leads the union" (only a "who" clause may have a verb of its own: _before_inverted checks).
DESCRIBED = re.compile(
    r"^\s*,\s+(?P<who>(?!(?:which|that|but|and|adding|saying)\b)[^,;\x01“”\"«»]{2,140}?)"
    r"(?=\s*(?:,|[.!?]?\s*$))"
)

# A place and its comma right before a name: "a woman in Leeds, [Yorkshire] told him".
PLACE_BEFORE = re.compile(
    r"\b[a-z]+\s+(?:in|from|near|outside)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s*$"
)


def region_of_place(text: str, event: Event) -> bool:
    """ "a woman in Leeds, Yorkshire, told him": one word closed by a comma right after a place
    that follows a noun; "In Leeds, Berg said" and "the unrest in Leeds, Senator Berg, ..."
    name the speaker."""
    mention = event.mention
    if len(mention.text.split()) != 1 or not text[mention.end :].startswith(","):
        return False
    return bool(PLACE_BEFORE.search(text, 0, mention.start))


def is_appositive(phrase: str) -> bool:
    """True for a short phrase that describes the speaker just named ("the campaign's director")."""
    words = phrase.split()
    if not words or len(words) > MAX_APPOSITIVE_WORDS:
        return False
    first = words[0].casefold()
    return first in ARTICLES or first.endswith(("’s", "'s")) or first in ROLE_WORDS
