"""“A senior surgeon who worked at the unit, and who asked not to be named, said”: the second
"who" stands where the first does (store/quotes/joined_relatives.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.joined_relatives import first_relative

PELLS = "Anna and Tom Pell said they had been told nothing. “We were misled,” Mrs Pell said."
SURGEON = (
    "A senior surgeon who worked at the unit, and who asked not to be named, said staff had "
    "raised concerns “many times”. “We were told to carry on,” she said."
)


@pytest.mark.parametrize(
    ("text", "second", "first"),
    [
        # Joined by ", and" or "and": the first "who" of the sentence.
        ("A surgeon who worked there, and who asked", 32, 10),
        ("A surgeon who worked there and who asked", 31, 10),
        # Not joined: the "who" itself.
        ("A surgeon who worked there. A nurse who asked", 36, 36),
        # A relative of another kind before: no pair.
        ("The plan that failed, and who asked", 26, 26),
        # The first one in an earlier sentence: no pair.
        ("A surgeon who worked there. And who asked", 32, 32),
    ],
)
def test_first_relative(text: str, second: int, first: int) -> None:
    assert text[second:].startswith("who")
    assert first_relative(text, second) == first


def test_the_anonymous_surgeon_keeps_her_pronoun() -> None:
    quotes = extract_quotes(Article(title="Clinic news", paragraphs=(PELLS, SURGEON))).quotes
    assert quotes[-1].speaker == "A senior surgeon"  # not Mrs Pell, named a paragraph before
