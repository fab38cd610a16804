"""Whom an inverted cue names in the appositive after its role: "said the conductor, X".

"said the agency's head, Neil B. Marsh,": the description is the role, the name after
its comma the speaker; a job no word list knows ("the conductor") still describes the name
when "the" or a possessive opens a few plain lower-case words.
"""

from __future__ import annotations

from dataclasses import replace

from store.quotes.according_names import qualifying_word
from store.quotes.lexicon import DETERMINERS
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.partitive_names import is_partitive
from store.quotes.speech import Subject


def named_in_appositive(subject: Subject | None) -> Mention | None:
    """ "said the agency's head, Neil B. Marsh,": the name, the description its role."""
    if subject is None or not subject.appositive:
        return None
    described = read_mention(subject.chunk)
    partitive = is_partitive(subject.chunk)  # "said one of them, Jo Park": Park
    if described is None and not _unknown_job(subject.chunk):
        return None
    if described is not None and described.kind != MentionKind.DESCRIPTION and not partitive:
        return None
    at = subject.start + len(subject.chunk) + 1
    at += len(subject.appositive) - len(subject.appositive.lstrip())
    named = read_mention(subject.appositive.strip(), at)
    if named is None or named.kind != MentionKind.NAME or named.start != at:
        return None
    return replace(named, role=None if partitive else subject.chunk)


# "said the conductor, Tobias Lenk": a job no word list knows still describes the name after
# it, when "the" or a possessive opens a few plain lower-case words.
_UNKNOWN_JOB_WORDS = 5


def _unknown_job(chunk: str) -> bool:
    words = chunk.split()
    if not 2 <= len(words) <= _UNKNOWN_JOB_WORDS or words[0].casefold() not in DETERMINERS:
        return False
    return all(qualifying_word(word.removesuffix("'s").removesuffix("’s")) for word in words[1:])
