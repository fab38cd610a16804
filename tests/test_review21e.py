"""review21b's older wrong-speaker shapes: a group credited to whom it backs, a participle
phrase with no comma after it read as the subject.

Invented text. (1) "Cheering supporters of Ada Kerr said" and "critics of Bo Renn said" are
the group's words, never those of the person it backs or opposes. (2) "Residents opposing
Ada Kerr's plan said" is the residents speaking, not "Kerr's plan". (4) "After leaving the
meeting Ada Kerr said" opens with a phrase a comma would usually close: the name after it
speaks. (3) A bare surname two people bear ("Ada Kerr sued her brother Tom Kerr ... Kerr
said") stays hedged at SHARED_NAME, whichever bearer it goes to: checked here for its cap.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.namesakes import SHARED_NAME


def _direct(paragraphs: tuple[str, ...]) -> dict[str, tuple[str | None, float]]:
    article = Article(title="Harbour levy vote", paragraphs=paragraphs)
    quotes = extract_quotes(article).quotes
    return {q.text: (q.speaker, q.confidence) for q in quotes if q.kind == "direct"}


GROUPS: list[tuple[tuple[str, ...], str, str | None]] = [
    # (paragraphs, quoted words, speaker: the group, or nobody; never the person backed)
    (
        (
            "Ada Kerr spoke at the harbour on Monday.",
            "Cheering supporters of Ada Kerr said “we will win this fight.”",
        ),
        "we will win this fight.",
        "supporters of Ada Kerr",
    ),
    (
        ("“She has broken every promise,” critics of Ada Kerr said.",),
        "She has broken every promise",
        "critics of Ada Kerr",
    ),
    (
        ("“He must go,” said opponents of Bo Renn.",),
        "He must go",
        "opponents of Bo Renn",
    ),
    (
        ("Residents opposing Ada Kerr’s plan said “it will flood our streets.”",),
        "it will flood our streets.",
        "Residents opposing Ada Kerr’s plan",
    ),
    (
        ("Protesters against Bo Renn said “he must go.”",),
        "he must go.",
        "Protesters against Bo Renn",
    ),
    # Kept: a list of people after "including" names who speaks.
    (
        ("Critics including Ada Kerr said “it is a scandal.”",),
        "it is a scandal.",
        "Ada Kerr",
    ),
    # Kept: one person's job before "for" or "of" is that person's, not the group rule's.
    (
        ("A spokesman for Ada Kerr said “the levy is fair.”",),
        "the levy is fair.",
        "A spokesman for Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), GROUPS)
def test_a_group_speaks_not_whom_it_backs(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    assert _direct(paragraphs)[text][0] == speaker


OPENING_PHRASES: list[tuple[str, str, str | None]] = [
    # (paragraph, quoted words, speaker)
    ("After leaving the meeting Ada Kerr said “we have a deal.”", "we have a deal.", "Ada Kerr"),
    (
        "While walking through the market Bo Renn said “prices are too high.”",
        "prices are too high.",
        "Bo Renn",
    ),
    ("Before taking the stage Ada Kerr told reporters “I am ready.”", "I am ready.", "Ada Kerr"),
    # Kept: with the comma, as before.
    ("After leaving the meeting, Ada Kerr said “we have a deal.”", "we have a deal.", "Ada Kerr"),
    # Kept: a participle qualifying the people before it.
    ("Fans lining the quay chanted “no more cuts.”", "no more cuts.", "Fans"),
    # Kept: no capitalised name after the phrase: no one is read into "the meeting reporters".
    ("After leaving the meeting reporters said “it was tense.”", "it was tense.", None),
]


@pytest.mark.parametrize(("paragraph", "text", "speaker"), OPENING_PHRASES)
def test_an_opening_participle_phrase_is_no_subject(
    paragraph: str, text: str, speaker: str | None
) -> None:
    assert _direct((paragraph,))[text][0] == speaker


def test_a_shared_surname_after_subject_and_object_stays_hedged() -> None:
    found = _direct(
        (
            "Ada Kerr sued her brother Tom Kerr over the family farm last year.",
            "“He has taken everything from me,” Kerr said.",
        )
    )
    speaker, confidence = found["He has taken everything from me"]
    assert speaker is None or confidence <= SHARED_NAME
