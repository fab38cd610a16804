"""Bare clauses around a speech verb that show no auxiliary: "the quake shook the city,
police said", "told parliament the deficit had fallen", "said the paper stood by its story".

A simple past is the clause's verb as often as an auxiliary is; it is read only where the
word before it is no function word ("the left wing" is no clause, "the paper stood" is).
"""

from __future__ import annotations

import re

from store.quotes.lexicon import DETERMINERS, FUNCTION_WORDS
from store.quotes.person_words import can_speak
from store.quotes.reported_shapes import SUBJECT_PRONOUNS, finite
from store.quotes.statement_words import REPORTED_IRREGULAR_PASTS, REPORTED_TELL_FORMS

# "told parliament ...", "told local radio ...": one or two lower-case words, no determiner,
# addressed. Only a clause with its own subject and verb after them makes it a statement.
# The last word must name someone who can be told (a person or body noun, or an outlet):
# "told jokes the crowd found funny" tells jokes, and the clause after them describes them.
_BARE_ADDRESSEES = (
    re.compile(r"^\s+[a-z]+\s+[a-z]+(?=\s)"),
    re.compile(r"^\s+[a-z]+(?=\s)"),
)
# Hearers the person and body nouns lack: outlets one tells on air or in print ("told local
# radio", "told state television") and a few plurals ("told jurors", "told troops").
_HEARERS = frozenset(
    "radio television tv newspaper newspapers jurors troops cops councillors councilors "
    "congregants".split()
)
_OBJECT_PRONOUNS = frozenset(("him", "her", "them", "us", "me", "you"))


def simple_past(before: str, word: str) -> bool:
    """True for an irregular past after a content word ("the paper stood"), not "the left"
    nor a passive participle ("being held", "been sold")."""
    core = word.casefold().strip(',.;:“”"')
    if core not in REPORTED_IRREGULAR_PASTS:
        return False
    prior = before.casefold()
    return prior not in FUNCTION_WORDS and not prior.endswith("ing") and prior != "been"


def bare_addressee(after: str) -> re.Match[str] | None:
    """ "told parliament", "told local radio": lower-case content words, with the clause's
    subject opening right after them on a determiner, a pronoun or a name (not "told
    investigators in July she ..."); the last of them someone told, not the thing told
    ("told tales his father wrote")."""
    for shape in _BARE_ADDRESSEES:
        match = shape.match(after)
        if match is None or any(w in FUNCTION_WORDS for w in match[0].split()):
            continue
        if not _can_be_told(match[0].split()[-1]):
            continue
        rest = after[match.end() :].split()
        if rest and _opens_subject(rest[0]):
            return match
    return None


def told_someone(addressee: str) -> bool:
    """False when the bare lower-case words after "told" are the thing told, not a hearer:
    "told jokes the crowd found funny", "told tales his father wrote". An addressee opening
    on a determiner, a pronoun or a capital is left to the caller."""
    words = addressee.split()
    if not words or not all(word.islower() for word in words):
        return True
    if words[0] in DETERMINERS or words[0] in _OBJECT_PRONOUNS:
        return True
    return _can_be_told(words[-1])


def _can_be_told(head: str) -> bool:
    return head in _HEARERS or can_speak(head)


def _opens_subject(word: str) -> bool:
    return word.casefold() in DETERMINERS or word in SUBJECT_PRONOUNS or word[:1].isupper()


def closing_participle(words: list[str]) -> bool:
    """ "..., the firm said on Tuesday, blaming weak demand.": a participle after the cue and
    its comma goes on with the speaker's own words, leaving the cue closing the statement.
    Not one that hands on a clause of its own ("telling them ...", "remarking that ..."), nor
    a gerund subject ("..., she added, closing the harbour would cost ...")."""
    if not words:
        return False
    first = words[0]
    if not (first.isalpha() and first.islower() and first.endswith("ing") and len(first) > 5):
        return False
    if first in REPORTED_TELL_FORMS or "that" in words[1:4]:
        return False
    return not any(finite(word) for word in words[1:4])


def skip_blanks(text: str, start: int, end: int) -> int:
    """The first non-blank position from `start` (at most `end`). The reader's text has a
    dateline blanked out to spaces ("PARIS (AP) — The quake shook the city, police said."),
    so a statement found from the sentence start would open on those blanks, not on the
    speaker's first word: the dateline is no one's words."""
    while start < end and text[start].isspace():
        start += 1
    return start


def told_verb(words: list[str]) -> int | None:
    """Where the clause after "told X" has its verb: "he would" (after a pronoun the very next
    word is the verb, whatever it is: "he feels"), "the deficit had fallen", "the paper stood".
    A capital is no modal: "told investigators in May ..." names the month."""
    pronoun = words[0].casefold() in SUBJECT_PRONOUNS
    verbs = words[1:2] if pronoun else words[1:]
    return next(
        (
            at
            for at, word in enumerate(verbs, 1)
            if (finite(word) and not word[:1].isupper())
            or (pronoun and word.isalpha())
            or simple_past(words[at - 1], word)
        ),
        None,
    )
