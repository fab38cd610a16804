"""Speakers the probe 25c found wrong, weak or missing: short titles after "the", ranks,
"-ly" firm names, "who" clauses after an unnamed subject, and joined titles."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution, AttributionHow
from store.quotes.extract import extract_quotes


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _found(paragraphs: tuple[str, ...], words: str) -> tuple[str | None, str | None, float]:
    """(speaker, how, confidence) of the quote opening with `words`; (None, None, 0) if none."""
    for q in _extract(paragraphs).quotes:
        if q.text.startswith(words):
            return q.speaker, q.how and q.how.value, q.confidence
    return None, None, 0.0


# "the MP said" read "MP" as a body's acronym, at a body's confidence: a short title in
# capitals after "the" is one person's, resolved like "the senator" or left a description.
SHORT_TITLES = [
    (
        'Oren Vasko, the MP for Lowmere, said the ferry mattered. "It is a lifeline," the MP said.',
        "It is",
        "Oren Vasko",
    ),
    (
        'Dr Lise Marr, a local GP, said the clinic was full. "We cope," the GP said.',
        "We",
        "Lise Marr",
    ),
    ('Bo Tamsin, the CFO of Kelby Mills, spoke. "Costs rose," the CFO said.', "Costs", "Bo Tamsin"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SHORT_TITLES)
def test_a_short_capitalised_title_is_the_person_named(text: str, words: str, speaker: str) -> None:
    assert _found((text,), words)[0] == speaker


def test_an_unresolved_short_title_is_no_body() -> None:
    speaker, how, confidence = _found(('Voters are angry. "It is a lifeline," the MP said.',), "It")
    assert how != AttributionHow.ORGANISATION.value
    assert speaker is None or confidence < 0.9


def test_an_acronym_of_a_body_stays_a_body() -> None:
    # Negative: "the NHS" is a body's acronym.
    assert _found(('Lists grew. "We are stretched," the NHS said.',), "We")[1] == "organisation"


# Two-word ranks lost their first word ("Constable Ivo Tarrant"), and "X of Y fire station"
# was read whole as a body.
RANKS = [
    ('Detective Constable Ivo Tarrant said: "This sends a message."', "This", "Ivo Tarrant"),
    (
        '"I will not guess," Chief Constable Zenna Quillfeather said.',
        "I will",
        "Zenna Quillfeather",
    ),
    (
        'Watch manager Bram Osei of Kelby fire station said: "He did the right thing."',
        "He did",
        "Bram Osei",
    ),
    ('Hal Brodie of the town council said: "We will vote."', "We will", "Hal Brodie"),
    # Negative: nobody named before the body, which stays the speaker.
    ('The Kelby fire station said: "Test your alarms."', "Test", "The Kelby fire station"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RANKS)
def test_ranks_and_people_of_a_station(text: str, words: str, speaker: str) -> None:
    assert _found((text,), words)[0] == speaker


# A capitalised "-ly" word before "said" was read as an adverb: a firm's name may end so.
LY_NAMES = [
    ("Brightly said on Monday it would cut about 300 jobs.", "it would cut", "Brightly"),
    ("Brightly, the music app, said it would cut about 300 jobs.", "it would cut", "Brightly"),
    # Negative: a known adverb names nobody.
    ("Clearly said it would cut about 300 jobs.", "it would cut", None),
]


@pytest.mark.parametrize(("text", "words", "speaker"), LY_NAMES)
def test_an_ly_name_before_said(text: str, words: str, speaker: str | None) -> None:
    assert _found((text,), words)[0] == speaker


# The object of a "who" clause ("the council for years") was taken as the speaker.
WHO_CLAUSES = [
    (
        'One driver, who has worked for the council for 15 years, said: "I love this job."',
        "One driver",
    ),
    # A doer that is a person (person_words.py) speaks after "a", never the council.
    ('A cleaner, who has worked for the council for years, said: "I love this job."', "A cleaner"),
    # Negative: a named subject keeps its name.
    ('Bo Renn, who has worked for the council for 15 years, said: "I love this job."', "Bo Renn"),
]


@pytest.mark.parametrize(("text", "speaker"), WHO_CLAUSES)
def test_a_who_clause_object_never_speaks(text: str, speaker: str | None) -> None:
    found, _, confidence = _found((text,), "I love")
    assert found == speaker
    assert speaker is not None or confidence == 0.0


# "founder and chief executive NAME wrote" lost the inverted credit (0.46, nearby).
def test_a_joined_title_before_a_name_is_one_title() -> None:
    text = '"These are hard choices," founder and chief executive Pia Lund wrote in a memo.'
    speaker, how, confidence = _found((text,), "These")
    assert (speaker, how) == ("Pia Lund", "named")
    assert confidence >= 0.9


def test_a_name_before_and_is_no_title() -> None:
    # Negative: "Bo Renn and chief executive Pia Lund" are two people.
    text = '"These are hard choices," Bo Renn and chief executive Pia Lund wrote in a memo.'
    assert _found((text,), "These")[0] != "Bo Renn and chief executive Pia Lund"
