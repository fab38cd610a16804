"""A "he" or "she" right after an unnamed person opened the sentence before: "A nurse on the
ward disagreed. “...,” she said." is the nurse, not the last woman named.

described_speakers.py follows a description that spoke ("A resident said ..."); a description
that is only the subject of another verb ("disagreed", "shook her head", "was waiting") never
enters the cast, so the pronoun reached back to the last named person of its sex, often the
official the unnamed person contradicts. An indefinite description ("a", "an", "one",
"another") that opens the sentence right before the pronoun's, whose head is a person (not a
report, a body or a week), with nobody speaking or named as a subject since, is the one the
pronoun goes on about. One whose noun is of the other sex ("A man ... she said") is not.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from store.quotes.antecedents import many_people
from store.quotes.described_speakers import Seen, described_speaker
from store.quotes.first_names import NOUN_GENDER
from store.quotes.lexicon import ORGANISATION_WORDS, Gender
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.person_words import BODY_NOUNS, SPEAKER_LINKS, TEXT_NOUNS, can_speak, singular
from store.quotes.sentences import sentence_ends
from store.quotes.statement_words import REPORTED_DOCUMENT_HEADS

# "A nurse on the ward disagreed", "But one parent was less sure": the description, then a
# finite verb (a past, a present's -s, or an auxiliary) in lower case.
_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|Outside|Nearby),?\s+)?"
    r"(?P<desc>(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w’'-]+){1,5}?)"
    r" (?P<verb>[a-z]+ed|[a-z]{2,}[^s\W]s|was|is|had|has|did|does|could|would|will|can)\b"
)
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b")
_MALE_WORDS, _FEMALE_WORDS = frozenset(("he", "him", "his")), frozenset(("she", "her", "hers"))
_NOT_PERSONS = BODY_NOUNS | TEXT_NOUNS | ORGANISATION_WORDS | REPORTED_DOCUMENT_HEADS


def unnamed_speaker(
    spoke: Seen,
    subjects: Seen,
    texts: dict[int, str],
    people: dict[str, Person],
    at: int,
    gender: Gender,
) -> Person | None:
    """The unnamed person a pronoun of `gender` at `at` goes on about: the description that
    spoke (described_speakers.py), else the one that opened the sentence before (registered
    in `people` under its words)."""
    spoken = described_speaker(spoke, subjects, texts, at, gender)
    if spoken is not None:
        return spoken
    found = _described_opening(texts, at)
    if found is None:
        return None
    since, description = found
    if any(since <= seen < at for seen, _ in spoke + subjects):
        return None  # "A nurse disagreed. Varga said ... “...,” she said": someone since
    if not _one_person(description, gender) or _other_sex(texts, since, gender):
        return None
    return people.setdefault(description.casefold(), Person(description))


def _described_opening(texts: dict[int, str], at: int) -> tuple[int, str] | None:
    """(reading position, words) of the indefinite description opening the sentence before
    the one at `at` (across a paragraph's end), when one does."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    ends = sentence_ends(text)
    sentence = bisect_right(ends, offset)
    if sentence > 0:
        start = ends[sentence - 2] if sentence > 1 else 0
        before, base = text[start : ends[sentence - 1]], paragraph * PARAGRAPH_STRIDE + start
    else:
        previous = texts.get(paragraph - 1, "")
        if paragraph == 0 or not previous.strip():
            return None
        start = (sentence_ends(previous) or [0])[-1]  # its last sentence runs to its end
        before, base = previous[start:], (paragraph - 1) * PARAGRAPH_STRIDE + start
    match = _OPENING.match(before)
    if match is None:
        return None
    return base + match.start("desc"), match["desc"]


def _other_sex(texts: dict[int, str], since: int, gender: Gender) -> bool:
    """True when the description's sentence calls it by the other sex's pronouns only ("A
    driver, who lost his job, sued ... she said": not the driver)."""
    paragraph, offset = divmod(since, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    ends = sentence_ends(text)
    stop = next((end for end in ends if end > offset), len(text))
    words = set(_PRONOUN.findall(text[offset:stop].casefold()))
    male, female = bool(words & _MALE_WORDS), bool(words & _FEMALE_WORDS)
    return (female and not male) if gender == Gender.MALE else (male and not female)


def _one_person(description: str, gender: Gender) -> bool:
    """True for one person, of the pronoun's sex if the noun says one: "a nurse on the ward"
    (the head before its link), not "a report", "a crowd" nor, for "she", "a man"."""
    words = description.casefold().split()[1:]
    cut = next((i for i, word in enumerate(words) if word in SPEAKER_LINKS), len(words))
    if cut == 0:
        return False
    head = words[cut - 1]
    if not can_speak(head) or singular(head) in _NOT_PERSONS or many_people(head):
        return False
    sex = NOUN_GENDER.get(head, Gender.UNSAID)
    return not (gender and sex and sex != gender)
