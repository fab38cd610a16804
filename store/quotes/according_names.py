"""Whom "according to" names, when a role comes before the name.

"According to the festival's director, Tess Rowe, the site is flooded": Tess Rowe, the
director; the words after her comma are her statement, never "Tess Rowe, the site is ...".
"According to the festival director Tess Rowe, ...": the role's words before her name
("the festival") are hers too, not words that make her someone else's object (as "friends
of Tess Rowe" are).
"""

from __future__ import annotations

from store.quotes.lexicon import DETERMINERS, FUNCTION_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.speech import Subject


def starts_subject(mention: Mention, subject: Subject) -> bool:
    """True when the mention is the whole subject, give or take a determiner ("his aide X")
    or, before a named person's role, the words that qualify it ("the festival director X")."""
    skipped = subject.chunk[: mention.start - subject.start].split()
    if all(word.casefold() in DETERMINERS for word in skipped):
        return True
    qualifying = mention.kind == MentionKind.NAME and bool(mention.role)
    return qualifying and all(qualifying_word(word) for word in skipped)


def qualifying_word(word: str) -> bool:
    """True for a determiner or a plain lower-case word that qualifies a role ("festival")."""
    lowered = word.casefold()
    plain = word.isalpha() and word.islower() and lowered not in FUNCTION_WORDS
    return lowered in DETERMINERS or plain
