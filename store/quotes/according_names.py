"""Whom "according to" or an inverted cue names, when a role comes before the name.

"According to the festival's director, Tess Rowe, the site is flooded": Tess Rowe, the
director; the words after her comma are her statement, never "Tess Rowe, the site is ...".
"According to the festival director Tess Rowe, ...": the role's words before her name
("the festival") are hers too, not words that make her someone else's object (as "friends
of Tess Rowe" are).
"""

from __future__ import annotations

from dataclasses import replace

from store.quotes.lexicon import DETERMINERS, FUNCTION_WORDS
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.speech import Subject


def named_in_appositive(subject: Subject | None) -> Mention | None:
    """ "said the bureau's director, James B. Comey,": the name, the description its role."""
    if subject is None or not subject.appositive:
        return None
    described = read_mention(subject.chunk)
    if described is None and not _unknown_job(subject.chunk):
        return None
    if described is not None and described.kind != MentionKind.DESCRIPTION:
        return None
    at = subject.start + len(subject.chunk) + 1
    at += len(subject.appositive) - len(subject.appositive.lstrip())
    named = read_mention(subject.appositive.strip(), at)
    if named is None or named.kind != MentionKind.NAME or named.start != at:
        return None
    return replace(named, role=subject.chunk)


# "said the conductor, Tobias Lenk": a job no word list knows still describes the name after
# it, when "the" or a possessive opens a few plain lower-case words.
_UNKNOWN_JOB_WORDS = 3


def _unknown_job(chunk: str) -> bool:
    words = chunk.split()
    if not 2 <= len(words) <= _UNKNOWN_JOB_WORDS or words[0].casefold() not in DETERMINERS:
        return False
    return all(_qualifies(word.removesuffix("'s").removesuffix("’s")) for word in words[1:])


def starts_subject(mention: Mention, subject: Subject) -> bool:
    """True when the mention is the whole subject, give or take a determiner ("his aide X")
    or, before a named person's role, the words that qualify it ("the festival director X")."""
    skipped = subject.chunk[: mention.start - subject.start].split()
    if all(word.casefold() in DETERMINERS for word in skipped):
        return True
    qualifying = mention.kind == MentionKind.NAME and bool(mention.role)
    return qualifying and all(_qualifies(word) for word in skipped)


def _qualifies(word: str) -> bool:
    lowered = word.casefold()
    plain = word.isalpha() and word.islower() and lowered not in FUNCTION_WORDS
    return lowered in DETERMINERS or plain
