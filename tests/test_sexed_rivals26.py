"""“...,” she said" after "Teo Brandt and Anna Lind met": the one known to be a woman, not the
man whose first name no list holds (store/quotes/sexed_rivals.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Town news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # "Torvik" and "Korvan" are on no list: "she" is the woman beside him.
        (("Torvik Brandt and Anna Lind met on Monday. “It went well,” she said.",), "Anna Lind"),
        (("Torvik Brandt and Anna Lind met on Monday.", "“It went well,” she said."), "Anna Lind"),
        (("Anna Lind and Korvan Brandt met on Monday.", "“It went well,” she said."), "Anna Lind"),
        # Either order, "he": the man known to be one.
        (("Korvan Lind and Tom Brandt met on Monday.", "“It went well,” he said."), "Tom Brandt"),
    ],
)
def test_the_known_sex_wins_over_the_unknown(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The pronoun of the other sex than the known one's: the unknown man keeps it.
        (
            ("Korvan Brandt and Anna Lind met on Monday.", "“It went well,” he said."),
            "Korvan Brandt",
        ),
        # A woman only mentioned, not named beside him: the speaker whose name no list holds.
        (
            (
                "Korvan Brandt praised the plan drawn up by Anna Lind. “It is bold,” Brandt said.",
                "“We will build it,” he said.",
            ),
            "Korvan Brandt",
        ),
    ],
)
def test_the_unknown_keeps_the_pronoun(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speaker(*paragraphs) == speaker
