"""The subject an "-ing" cue after a comma speaks for, when it is a description.

"The weekly paper has opposed the plan, arguing he is “…”", "In August, several fishing
groups granted him an extension, saying his “…”", "an angry army of dock workers had
amassed, carrying signs saying “…”": subjects.sentence_subject reads a subject from
capitalised words, so it stopped at "The" or "An", or found none after the opening phrase,
and the cue had no speaker. Here the subject is the shortest run of words from the clause's
opening that the mention reader takes whole for a description or a body whose head can
speak, with a verb right after it ("has", "granted", "had"); a name read as before wins.
"""

from __future__ import annotations

import re

from store.quotes.described import verb_follows
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.person_words import can_speak
from store.quotes.quoted_objects import quoted_object
from store.quotes.speech import Subject
from store.quotes.subjects import sentence_subject

_SPACED = re.compile(r"\S+")
_DESCRIBING = frozenset((MentionKind.DESCRIPTION, MentionKind.ORGANISATION))
_SUBJECT_WORDS = 9  # "an angry army of dock workers and retirees"
_OPENING_WORDS = 5  # an opening phrase closed by its comma: "In August,", "But that morning,"


def ing_subject(text: str, sentence: int, start: int, end: int) -> Subject | None:
    """The subject of the clause from `start` an "-ing" cue at `end` hangs from: the object
    of "quoted Kerr as saying" in the sentence from `sentence`, else the clause's subject."""
    quoted = quoted_object(text, sentence, end)
    if quoted is not None:
        return quoted
    subject = sentence_subject(text, start, end)
    if subject is not None and read_mention(subject.chunk, subject.start) is not None:
        return subject
    openings = [subject.start] if subject is not None else _openings(text, start, end)
    for opening in openings:
        described = _description_at(text, opening, end)
        if described is not None:
            return described
    return subject


def _openings(text: str, start: int, end: int) -> list[int]:
    """Where a subject may open: the clause's first word, or the first after a short
    opening phrase's comma."""
    tokens = [(m.start(), m[0]) for m in _SPACED.finditer(text, start, end)]
    if not tokens:
        return []
    found = [tokens[0][0]]
    comma = next((i for i, (_, w) in enumerate(tokens[:_OPENING_WORDS]) if w.endswith(",")), None)
    if comma is not None and comma + 1 < len(tokens):
        found.append(tokens[comma + 1][0])
    return found


def _description_at(text: str, opening: int, end: int) -> Subject | None:
    """The shortest description opening at `opening` that a verb follows, else None."""
    for count, match in enumerate(_SPACED.finditer(text, opening, end), 1):
        if count > _SUBJECT_WORDS:
            return None
        word = match[0]
        if not word.isalpha():
            return None  # a comma, a mark or a figure: no plain noun phrase
        chunk = text[opening : match.end()]
        if can_speak(word) and verb_follows(text, match.end()):
            mention = read_mention(chunk, opening)
            if mention is not None and mention.kind in _DESCRIBING and mention.text == chunk:
                return Subject(chunk, opening)
    return None
