"""Who may be given a reported statement: a person, a body or a description of one.

A direct quote has its marks to show somebody spoke; a statement without them has only its
speaker, so a speaker that names nobody ("the days", "its website", "Back" read as a name at
a sentence's start) makes the whole statement wrong. Precision first: when the speaker is
doubtful, no reported statement.
"""

from __future__ import annotations

from store.models import SpeakerKind
from store.quotes.attributions import Event
from store.quotes.lexicon import (
    ADVERBS,
    DESCRIPTION_OPENERS,
    FUNCTION_WORDS,
    INTRODUCTORY_WORDS,
    IRREGULAR_PLURALS,
    ORGANISATION_WORDS,
    PERSON_NOUNS_LIKE_ADJECTIVES,
    RELATIVE_PRONOUNS,
    ROLE_WORDS,
)
from store.quotes.mentions import MentionKind
from store.quotes.opening_words import opens_before_a_name
from store.quotes.salience import first_name_gender
from store.quotes.speakers import Person
from store.quotes.statement_words import (
    REPORTED_ANONYMOUS_NOUNS,
    REPORTED_COUNT_WORDS,
    REPORTED_DOCUMENT_HEADS,
    REPORTED_NON_NAME_ENDINGS,
    REPORTED_NON_NAMES,
    REPORTED_PERSON_ENDINGS,
    REPORTED_PERSON_NOUNS,
)

_SPEAKER_NOUNS = (
    ROLE_WORDS
    | (ORGANISATION_WORDS - REPORTED_DOCUMENT_HEADS)
    | IRREGULAR_PLURALS
    | PERSON_NOUNS_LIKE_ADJECTIVES
    | REPORTED_PERSON_NOUNS
)
_NOT_NAMES = (
    FUNCTION_WORDS
    | ADVERBS
    | INTRODUCTORY_WORDS
    | ORGANISATION_WORDS
    | DESCRIPTION_OPENERS
    | REPORTED_NON_NAMES
)


def plain_speaker(event: Event) -> bool:
    """True when the event's speaker can be trusted with a statement it reports."""
    speaker = event.speaker
    if speaker is None:
        return False
    words = [_bare(word) for word in speaker.name.split()]
    if not words or words[0] in RELATIVE_PRONOUNS:
        return False  # "Bramwell, who's thinking about running, said": the clause, not him
    head = speaker.name.split()[-1]
    if head[:1].islower() and _singular(words[-1]) in REPORTED_DOCUMENT_HEADS:
        return False  # "according to the data", "the report said": nobody speaks
    if speaker.name[:1].islower() and _document_of(words):
        return False  # "according to a new survey of farmers": the survey, not the farmers
    if _owner_of_speaker(event, speaker):
        return False  # "said Holm of the Dock Workers": Holm speaks, not the union
    if _anonymous_named(event, speaker):
        return False  # "the source said" read as the last person named: sources go unnamed
    if _unsure_pronoun(event, speaker):
        return False  # "he said" of someone whose sex nothing says: too unsure to report
    if len(words) == 1:
        return _one_word_name(speaker)
    if speaker.name[:1].islower():
        # "the days", "its resources": a lower-case description must name people or a body.
        return any(names_people(word) for word in words) or (
            words[0] == "the" and words[-1] in REPORTED_COUNT_WORDS
        )
    return True


def _document_of(words: list[str]) -> bool:
    """True for "a poll of voters", "the report of the panel": a document heads the words
    before "of", whoever comes after it."""
    if "of" not in words:
        return False
    before = words[: words.index("of")]
    return bool(before) and _singular(before[-1]) in REPORTED_DOCUMENT_HEADS


def _owner_of_speaker(event: Event, speaker: Person) -> bool:
    """True for a body read from "Name of the Body": the person named before "of" speaks
    ("Secretary of State Ada Kerr" is Kerr: a role before "of" is hers)."""
    text = event.mention.text
    parts = text.rpartition(" of "), text.rpartition(" with ")
    head, of, body = max(parts, key=lambda part: len(part[0]))
    if not of or body.removeprefix("the ").strip() != speaker.name:
        return False
    last = head.split()[-1] if head.split() else ""
    if last[:1].islower():
        return names_people(_bare(last))  # "an organizer with the Coalition": the organizer
    return _bare(last) not in ROLE_WORDS


def _anonymous_named(event: Event, speaker: Person) -> bool:
    """True for an anonymous description ("the source", "a source close to him") given a
    named person's name."""
    words = event.mention.text.casefold().split()
    anonymous = event.mention.kind == MentionKind.DESCRIPTION and bool(
        set(words) & REPORTED_ANONYMOUS_NOUNS
    )
    named = not set(speaker.name.casefold().split()) & REPORTED_ANONYMOUS_NOUNS
    return anonymous and named and speaker.kind == SpeakerKind.PERSON


def _unsure_pronoun(event: Event, speaker: Person) -> bool:
    """True for "he" or "she" resolved to someone not known to be of that sex."""
    gender = event.mention.gender
    if event.mention.kind != MentionKind.PRONOUN or not gender:
        return False
    if speaker.kind == SpeakerKind.PERSON and not speaker.sex and _introduced(speaker):
        return False  # "Dale Orme, the mayor, … He said": no sex known, but a named person
    return speaker.kind != SpeakerKind.PERSON or speaker.sex != gender


def _introduced(speaker: Person) -> bool:
    """True for a full name narration gave a role ("Ada Kerr, a pollster,"): a person, not a
    place or a body's words read as a name ("Gender Equality", "South Dover"). A bare name of
    unknown sex stays too unsure ("she said" of "Tarin Dahl")."""
    return len(speaker.name.split()) > 1 and bool(speaker.roles) and not speaker.described


def _one_word_name(speaker: Person) -> bool:
    """A lone capitalised word is a name unless it is a common word that opens a sentence
    ("Back in May", "Reached by phone", "Walking out"), known by nothing but itself."""
    word = speaker.name.casefold()
    if speaker.kind == SpeakerKind.ORGANISATION or speaker.name.isupper():
        return word not in REPORTED_DOCUMENT_HEADS
    described = bool(speaker.roles or speaker.gender or len(set(speaker.names)) > 1)
    if described or first_name_gender(word) or not speaker.name[1:].islower():
        return True  # "Mr. Reed", "Ahmed", "BuzzFeed": a name however it ends
    if word.endswith("ly"):
        # "Brightly said it would cut jobs": no adverb stands alone before its verb, so only
        # the known ones ("Finally", "Clearly") name nobody; a firm's name may end so.
        return not (word in _NOT_NAMES or opens_before_a_name(word))
    return not (word in _NOT_NAMES or word.endswith(REPORTED_NON_NAME_ENDINGS))


def names_people(word: str) -> bool:
    """True for a noun that stands for people or a body ("officials", "a historian")."""
    noun = _singular(word)
    return (
        word in _SPEAKER_NOUNS or noun in _SPEAKER_NOUNS or noun.endswith(REPORTED_PERSON_ENDINGS)
    )


def _bare(word: str) -> str:
    return word.casefold().strip(",.;:").removesuffix("’s").removesuffix("'s")


def _singular(word: str) -> str:
    """The noun without a plural "-s" ("officials", "allies", "figures")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
