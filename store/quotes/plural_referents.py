"""Whom "they said" stands for: a plural speaker or subject, never one person.

"Ada Kerr and Bo Holm met voters. Kerr said the vote was close. “We will win,” they said.":
the last speaker is Kerr, yet "they" cannot be her. A plural pronoun refers to a group (a list
of names read as one speaker, "Kerr and Holm"), a body ("the council", whom reporters call
"they" as often as "it") or a plural description ("the officials", "his aides"): the latest
such speaker in the pronoun's reach, or the plural subject of the nearest sentence that has one
("The inspectors walked the deck. “...,” they said."), whichever is nearer: the cue's own
sentence first when its subject stands before the pronoun, then the sentences before it.
A nearer sentence about one person ("Kerr met the officials.") leaves the narration no plural
subject to offer, and with neither the quote stays unattributed: better than giving a group's
words to one of its members.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Literal

from store.models import SpeakerKind
from store.quotes.antecedents import listed_names, plural_noun
from store.quotes.marks import MASK
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.person_words import can_speak
from store.quotes.sentences import sentence_ends
from store.quotes.subjects import sentence_subject

Seen = list[tuple[int, Person]]
_BODY = SpeakerKind.ORGANISATION

# "The inspectors", "Her two aides", "Several local officials": a plural description opening
# a sentence's subject, up to two words before its head noun, and the verb after it.
_PLURAL_OPENING = re.compile(
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ss]everal|[Mm]any|[Ss]ome|[Bb]oth|[Tt]wo|[Tt]hree)"
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?P<head>[a-z]+s)(?=\s+[a-z])"
)
_SENTENCES_BACK = 3  # sentences read back for a subject, the cue's own paragraph first
_PERSONAL = frozenset(("he", "she", "i", "we", "you"))
_CREDIT_BEFORE = (",", "”", '"', "’", "'", MASK)  # the pronoun credits the words before it


def plural_speaker(
    spoke: Seen, at: int, paragraphs: int, texts: dict[int, str], people: dict[str, Person]
) -> Person | None:
    """Whom "they" at `at` stands for: the latest plural speaker within `paragraphs` before,
    or the nearer plural subject of narration (registered in `people` when new)."""
    reach = (at // PARAGRAPH_STRIDE - paragraphs) * PARAGRAPH_STRIDE
    spoken = _spoken(spoke, at, reach)
    found = _plural_subject(texts, at, people)
    if found is not None and found[1] is None:
        # A sentence about one person: "they" is not that person, and when narration moved on
        # there (nobody spoke since), not a group that spoke before it either.
        moved_on = spoken is not None and spoken[0] < found[0]
        moved_on = moved_on and not any(found[0] <= seen < at for seen, _ in spoke)
        return None if spoken is None or moved_on else spoken[1]
    subject = (found[0], found[1]) if found is not None and found[1] is not None else None
    candidates = [pair for pair in (spoken, subject) if pair is not None]
    if not candidates:
        return None
    chosen = max(candidates, key=lambda pair: pair[0])
    if chosen is spoken:
        return chosen[1]
    # Only the subject taken joins the cast: one passed over stays out of later lookups.
    return people.setdefault(chosen[1].name.casefold(), chosen[1])


def is_plural(person: Person) -> bool:
    """True for a body, a list of people, or a description whose head noun is plural."""
    if person.kind == SpeakerKind.ORGANISATION:
        return True
    return person.described and plural_noun(person.name.split()[-1].casefold())


def _spoken(spoke: Seen, at: int, reach: int) -> tuple[int, Person] | None:
    for seen, person in reversed(spoke):
        if seen >= at:
            continue
        if seen < reach:
            break
        if is_plural(person):
            return seen, person
    return None


def _plural_subject(
    texts: dict[int, str], at: int, people: dict[str, Person]
) -> tuple[int, Person | None] | None:
    """The plural subject of the nearest sentence that names someone: the cue's own sentence
    first (when the pronoun is not after a comma or a quote), then the ones before it."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    read = 0
    for index in (paragraph, paragraph - 1):
        text = texts.get(index, "")
        # sentence_ends gives the breaks between sentences; the cue's own sentence starts at
        # the last break before it, and is not read.
        breaks = [0, *sentence_ends(text), len(text)]
        if index == paragraph:
            # "Senate Democrats blocked it because they said ...": the cue's own sentence
            # first, when its subject stands before the pronoun; not after a comma or a quote
            # ("The voters are tired, they said"), where that subject is the statement's.
            breaks = [end for end in breaks if end <= offset]
            if not text[:offset].rstrip().endswith(_CREDIT_BEFORE):
                breaks.append(offset)
        for start, end in reversed(list(pairwise(breaks))):
            if read == _SENTENCES_BACK:
                return None
            read += 1
            found = _subject_of(text, start, end, people)
            if found is False:
                continue  # no one opens it ("It rained."): read the one before
            if found is None:
                # One person's sentence: "they" is no one the narration offers, and no group
                # that spoke before it either.
                return index * PARAGRAPH_STRIDE + start, None
            return index * PARAGRAPH_STRIDE + found[0], found[1]
    return None


def _subject_of(
    text: str, start: int, end: int, people: dict[str, Person]
) -> tuple[int, Person] | Literal[False] | None:
    """The sentence's subject when plural, None when it is a person, False when neither."""
    subject = sentence_subject(text, start, end)
    if subject is None:
        return False
    described = _PLURAL_OPENING.match(text, subject.start)
    if described is not None and can_speak(described["head"]):
        words = described.group()
        return subject.start, people.get(words.casefold()) or Person(words)
    mention = read_mention(subject.chunk, subject.start)
    if mention is None:
        return False
    if mention.kind == MentionKind.NAME:
        group = listed_names(text, mention.start, mention.end)
        if not group:
            return None
        body = people.get(group.casefold()) or Person(group, _BODY)
        return mention.start, body
    if mention.kind == MentionKind.PRONOUN:
        return None if mention.text.casefold() in _PERSONAL else False
    if mention.kind == MentionKind.ORGANISATION:
        # "Mossop’s campaign is tying ... They are saying": a body is "they" too.
        name = mention.name or mention.text
        return mention.start, people.get(name.casefold()) or Person(name, _BODY)
    if mention.kind == MentionKind.DESCRIPTION:
        return None
    return False
