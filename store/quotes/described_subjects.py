"""'… captain Ivo Renn was fit. The seasoned goalkeeper was quizzed …': the description is Renn.

Sports and feature writing name someone, often as an object ("Lorne said captain Ivo Renn
had played hurt") or an owner ("Renn's goal was his tenth"), then go on about them with a
description as the subject: "The seasoned goalkeeper was quizzed about his knee",
"Quizzed on his future, the winger shrugged". The quote after it ("“…,” he said") is that
person's, but with no subject read in the sentence, "he" went to whoever spoke before.

Such a sentence (no speech cue in it: a credit is the events' to read) makes the person it
describes the sentence's subject, for the pronouns after it: the last full-named person
named up to a paragraph before whose role fits the description, else the last one who stood
as a clause's subject or topic there (never an object: "Kerr urged voters to turn from Renn"
leaves "the host" Kerr's), when their sex does not contradict the noun's. A description
another person's written role fits ("the manager" after "manager Ada Kerr") points to that
person, never the last.
"""

from __future__ import annotations

import re
from bisect import insort

from store.models import SpeakerKind
from store.quotes.antecedents import role_fits
from store.quotes.first_names import NOUN_GENDER
from store.quotes.lexicon import (
    FINITE_AUXILIARIES,
    KIN_WORDS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    Gender,
    word_set,
)
from store.quotes.people import PARAGRAPH_STRIDE, Person, paragraphs_back, position
from store.quotes.person_words import BODY_NOUNS, PEOPLE_NOUNS, TEXT_NOUNS
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# A sentence opening with "The …" (after an opening clause closed by a comma: "Quizzed on
# it, the winger shrugged"): two to five lower-case words, the noun and a verb among them.
_OPENING = re.compile(
    r"(?:[A-Z][^,.;:!?\"“”]{0,80},\s+)?(?:The|the)\s+(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,4})"
)
_REACH = 1  # paragraphs back the described person may have been named
# Heads that are bodies, groups or writings, never one person (some are people nouns:
# "the team", "the campaign" speak as one).
_NO_ONE = (
    BODY_NOUNS
    | ORGANISATION_WORDS
    | TEXT_NOUNS
    | word_set(
        """
        nation country government administration campaign firm company industry community
        legislature team squad crew faction camp circle band orchestra choir panel jury public
        audience crowd congregation electorate couple pair trio quartet percent majority half
        """
    )
)
# A possessive opening a sentence: "Renn's goal was his tenth".
_OWNER_OPENING = re.compile(r"(?:^|(?<=[.!?]\s))(?P<name>[A-Z][\w-]+)(?:'s|’s)\s")
# Words between a speech verb and the name it reports on: "said captain Ivo Renn had".
_REPORTED = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:that\s+)?(?:[a-z-]+\s+){0,2}$")


def described_subjects(cast: Cast, paragraph: int, text: str, ends: list[int]) -> None:
    """Note, as its sentence's subject, the named person each description subject of the
    paragraph's sentences describes."""
    starts = [0, *ends]
    for begin in starts:
        while begin < len(text) and text[begin].isspace():
            begin += 1
        match = _OPENING.match(text, begin)
        if match is None:
            continue
        read = _head(match["words"].split())
        if read is None:
            continue
        head, personal = read
        at = position(paragraph, match.start("words"))
        if any(seen == at for seen, _ in cast.subjects):
            continue
        person = _described(cast, head, personal, at)
        if person is not None:
            insort(cast.subjects, (at, person), key=lambda pair: pair[0])


def _head(words: list[str]) -> tuple[str, bool] | None:
    """The description's noun, the word before a finite verb ("goalkeeper" in "seasoned
    goalkeeper was"), and whether it is a noun for one person that may stand for whoever was just
    introduced ("the striker"; "forward" or "president" only a written role makes someone's);
    None when the sentence is a credit ("the striker said") or a body's, kin's or group's."""
    for at, word in enumerate(words[:-1]):
        after = words[at + 1]
        if after in SPEECH_VERB_FORMS:
            return None  # a cue: the speech events read it
        verb = after in FINITE_AUXILIARIES or (after.endswith("ed") and len(after) > 4)
        if not verb:
            continue
        if word in _NO_ONE or word in KIN_WORDS or word.endswith("s"):
            return None  # "the company", "his wife" (kin_names.py), "the players": no one
        # a person word only: a doer's ending is also a thing's ("the tanker", "the trawler")
        personal = word in PEOPLE_NOUNS and word not in ROLE_WORDS
        return word, personal
    return None


def _described(cast: Cast, head: str, personal: bool, at: int) -> Person | None:
    """The person a description with `head` stands for at `at`: one whose role it is, else
    the last one named as a clause's subject or topic (see _topic), never an object."""
    reach = paragraphs_back(at, _REACH)
    sex = NOUN_GENDER.get(head)
    seen: list[Person] = []
    topics = _owners(cast, at)  # "Renn's goal …": possessives the cast does not list
    for when, person in reversed(cast.named):
        if when >= at:
            continue
        if when < reach:
            break
        if person.described or " " not in person.name or person.kind != SpeakerKind.PERSON:
            continue
        if person not in seen:
            seen.append(person)
        if _topic(cast, when, person):
            topics.append((when, person))
    fitting = [p for p in seen if _holds(cast, p, head, reach, at) and _sexed(p, sex)]
    if len(fitting) > 1:
        return None  # "striker Ivo Renn and striker Tam Okoro … the striker": either one
    if fitting:
        return fitting[0]  # "the forward" after "forward Ivo Renn": a role only he holds
    last = max(topics, key=lambda pair: pair[0], default=None)
    return last[1] if last and personal and _sexed(last[1], sex) else None


def _sexed(person: Person, sex: Gender | None) -> bool:
    return not (sex and person.sex and person.sex != sex)


def _owners(cast: Cast, at: int) -> list[tuple[int, Person]]:
    """The full-named people whose possessive opens a sentence of the paragraph before `at`
    ("Renn's goal was his tenth."), with where."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    found = []
    for match in _OWNER_OPENING.finditer(cast.texts.get(paragraph, ""), 0, offset):
        person = cast.find(match["name"])
        if person is not None and person.kind == SpeakerKind.PERSON and " " in person.name:
            found.append((position(paragraph, match.start("name")), person))
    return found


def _topic(cast: Cast, when: int, person: Person) -> bool:
    """True for a mention that is a clause's subject or topic: its sentence's subject, the
    subject of a reported clause ("said captain Ivo Renn had played"), or a possessive
    opening a sentence ("Renn's goal was his tenth")."""
    if (when, person) in cast.subjects:
        return True
    paragraph, offset = divmod(when, PARAGRAPH_STRIDE)
    text = cast.texts.get(paragraph, "")
    surname = person.name.split()[-1]
    end = text.find(surname, offset)
    if end < 0:
        return False
    end += len(surname)
    after = text[end : end + 3]
    reported = _REPORTED.search(text, max(0, offset - 40), offset)
    verb = reported is not None and reported["verb"] in SPEECH_VERB_FORMS
    return verb and after[:1] == " " and after[1:2].islower()  # "said Renn." credits him


def _holds(cast: Cast, person: Person, head: str, reach: int, at: int) -> bool:
    """True when the person holds the description's role: a role the cast read, or the noun
    written right before the name ("forward Ivo Renn") up to a paragraph before."""
    if any(role_fits(head, role) for role in person.roles):
        return True
    written = f"{head} {person.name}"
    first, last = reach // PARAGRAPH_STRIDE, at // PARAGRAPH_STRIDE
    return any(written in cast.texts.get(index, "") for index in range(first, last + 1))
