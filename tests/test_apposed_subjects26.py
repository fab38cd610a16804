"""“...,” she snaps" after "The elder sister, Mary (Gwen Oduya), is the practical one": the
lone name set beside the description, not the person the paragraphs before made salient
(store/quotes/apposed_subjects.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

PLAYWRIGHT = "Dramatist Leona Faure has called her new play “a comedy of grief”."


def _speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Review", paragraphs=(PLAYWRIGHT, *paragraphs))).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # The actor in brackets; the first name says the sex.
        (
            "The elder, Mary (Gwen Oduya), is the practical one. “Someone must be,” she snaps.",
            "Mary",
        ),
        # A first name no list holds: the noun "sister" says the sex.
        ("Her sister, Kit (Rosa Pell), has the best lines. “Dad sells the past,” she says.", "Kit"),
        # No actor.
        ("The youngest, Ruth, is the dreamer. “I want to go,” she says.", "Ruth"),
    ],
)
def test_the_apposed_name_is_the_pronouns(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # "His brother" is no "she": the salient woman keeps the pronoun.
        "His brother, Tom (Ivo Tamm), is the joker. “It works,” she says of the scene.",
        # Another woman named between: either could be meant.
        "The youngest, Ruth, is a foil to Anna Pike. “I want to go,” she says.",
        # News's past: the one the sentence is about need not be the one speaking.
        "The girl, Mary, was taken to hospital. “She was brave,” she said.",
        # No verb of the subject after the name: a list, not a subject.
        "The cast, Mary, Ruth and Tom, work hard. “It works,” she says of the scene.",
    ],
)
def test_the_apposed_name_does_not_take_it(paragraph: str) -> None:
    assert _speaker(paragraph) not in ("Tom", "Ruth", "Mary")
