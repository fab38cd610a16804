"""“...,” said the 71-year-old": an age is a person's, never a team's or firm's, and the one
person just introduced when no age was given (store/quotes/aged_speakers.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

FOUND = "The dog was found on Sunday by retired nurse Edna Fairlie."
FOX = "“I thought it was a fox,” said the 71-year-old."


def _speaker(*paragraphs: str) -> tuple[str | None, float]:
    quotes = extract_quotes(Article(title="Local news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker, quotes[-1].confidence


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The team whose name reads like a person's is no 24-year-old: the player is.
        (
            (
                "Harwick Albion announce the signing of Mateo Rasco on a three-year deal. "
                "“I am very happy to be here,” the 24-year-old says in a video.",
            ),
            "Mateo Rasco",
        ),
        # The one person the paragraph before brought in, as an object.
        ((FOUND, FOX), "Edna Fairlie"),
        # In the same paragraph, after a relative clause.
        (
            (
                "It was spotted by retired porter Glyn Ardle, who saw it on a wall. "
                "“It looked at me,” said the 66-year-old.",
            ),
            "Glyn Ardle",
        ),
        # Of several named, the one subject met there for the first time; the others were
        # named before.
        (
            (
                "A header from Jo Ferris won it. Harwick had led through Dan Obi.",
                "Albion boss Karl Ruud was angry with the decision, when Obi went down under a "
                "challenge from Ferris.",
                "“It is a penalty anywhere else,” the 54-year-old said.",
            ),
            "Karl Ruud",
        ),
        # Ages given: the one of that age.
        (
            ("The dog was found by Edna Fairlie, 71, and Tom Bligh, 68, on Sunday.", FOX),
            "Edna Fairlie",
        ),
    ],
)
def test_an_age_is_the_person_just_introduced(paragraphs: tuple[str, ...], speaker: str) -> None:
    found, confidence = _speaker(*paragraphs)
    assert found == speaker
    assert confidence < 0.9  # read from the passage, not the cue: never a sure pick


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Two people just introduced: either may be 71.
        (
            "The dog was found on Sunday by retired nurse Edna Fairlie and her neighbour "
            "Tom Bligh.",
            FOX,
        ),
        # The one met for the first time is no subject: not him.
        (
            "A header from Jo Ferris won it.",
            "Ferris was angry with the decision, after a challenge from Karl Ruud.",
            "“It is a penalty anywhere else,” the 54-year-old said.",
        ),
        # "a 71-year-old": someone new, not the one just named.
        (FOUND, "“I thought it was a fox,” said a 71-year-old who lives nearby."),
        # The one person introduced was given another age.
        ("The dog was found on Sunday by Edna Fairlie, 64.", FOX),
        # Only a team named: no person to be 24.
        (
            (
                "Harwick Albion have agreed a fee with Dunmore Rovers. "
                "“I am very happy to be here,” the 24-year-old says in a video."
            ),
        ),
    ],
)
def test_an_age_stays_a_description(paragraphs: tuple[str, ...]) -> None:
    found, _ = _speaker(*paragraphs)
    assert found is not None and "-year-old" in found
