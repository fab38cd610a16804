"""Whether a reported statement has a subject of its own that can act: "Kerr said the police
arrived late and told the crowd to go home".

reported_cuts.joined_act ends a statement before a second verb of its speaker ("Kerr said the
figures were “unacceptable” and promised a review") unless a name other than the speaker's is
the statement's subject. A lower-case subject for people or a body ("the police", "the harbour
board", "officers") may as well own the second verb, and does far more often than the speaker
reports an act of her own after it: the statement stays whole. Figures, plans and writings
promise and tell nothing: after them the second verb stays the speaker's. Only a bare "and"
joins the subject's own second verb: after a comma or "but" ("said people may not like it, but
insists …", "said the members will meet, but said, “…”") the writer turns to the speaker again.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.person_words import TEXT_NOUNS, can_speak, singular
from store.quotes.reported_shapes import finite
from store.quotes.statement_words import REPORTED_COUNT_WORDS, REPORTED_DOCUMENT_HEADS
from store.quotes.verb_forms import past

MAX_SUBJECT_WORDS = 4  # "the new harbour board", "the port's own police"
# Determiners that open a subject: "the police", "their lawyers", "some officers".
_DETERMINERS = frozenset("the a an his her their its our some many both all".split())
# Heads that can_speak reads as a speaker's description (a quoted document, a count) but
# that do not act: "the figures were alarming and promised" is the speaker's promise.
_NOT_ACTING = REPORTED_DOCUMENT_HEADS | TEXT_NOUNS | REPORTED_COUNT_WORDS
# A statement that goes on with "and" and no comma: "the police arrived late and [told]".
_BARE_AND = re.compile(r"[^,;\s]\s+and(?:\s+then)?\s*$")


def owns_second_verb(statement: str) -> bool:
    """True when the verb after the statement is its own subject's: a subject for people or
    a body opens it ("the police arrived late") and a bare "and" joins the verb to it."""
    return _BARE_AND.search(statement) is not None and acting_subject(statement)


def acting_subject(statement: str) -> bool:
    """True when the statement opens with a lower-case noun phrase for people or a body and
    then its verb ("the police arrived", "the harbour board met", "officers were")."""
    words = statement.split()[: MAX_SUBJECT_WORDS + 1]
    if not words or not _plain(words[0]):
        return False
    if words[0] in FUNCTION_WORDS and words[0] not in _DETERMINERS:
        return False  # "he", "it", "there": a pronoun is the speaker's or nobody's
    for at in range(1, len(words)):
        if _verb(words[at]):
            head = words[at - 1]
            return head not in _DETERMINERS and _acting(head)
        if not _plain(words[at]):
            return False  # a comma or a mark ends the subject without a verb
    return False


def _plain(word: str) -> bool:
    return word.isalpha() and word.islower()


def _verb(word: str) -> bool:
    """A finite verb after the subject: an auxiliary or a past ("were", "met", "arrived")."""
    core = word.strip(",.;:")
    return finite(core) or past(core)


def _acting(head: str) -> bool:
    return can_speak(head) and head not in _NOT_ACTING and singular(head) not in _NOT_ACTING
