"""An inverted cue's document speaks for the owner written beside it (lead, stop 28).

"“…,” read a statement from the ministry" went to "a statement from the ministry", and "“…,”
read a post on his account" to "a post"; the same phrase before the verb was always its owner's.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_CAST = (
    "Councillor Ida Brandt and Mayor Jon Fiske argued over the pool budget on Monday. She "
    "chairs the finance group."
)


def _speaker(paragraph: str) -> str | None:
    result = extract_quotes(Article(title="Pool row", paragraphs=(_CAST, paragraph)))
    (quote,) = result.quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“The budget is balanced,” read a statement from the ministry.", "the ministry"),
        ("“The budget is balanced,” said a brief post by Brandt.", "Ida Brandt"),
        ("“The pool is a promise,” read a tweet from Fiske on Tuesday.", "Jon Fiske"),
        ("“The pool is not a promise,” read a post on his account.", "Jon Fiske"),
        ("“The pool is not a promise,” read a post on Fiske’s Facebook page.", "Jon Fiske"),
        ("“It is not,” read a post on her account.", "Ida Brandt"),
    ],
)
def test_the_owner_beside_the_document_speaks(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Not a document: the phrase describes its speaker, as before.
        ("“We will see,” said a source close to Fiske.", "a source close to Fiske"),
        ("“We will see,” said a neighbour from Dunmore.", "a neighbour from Dunmore"),
        # A place after "on" is where, not whose: no owner is written beside it.
        ("“We will see,” said a spokesman on the steps of the hall.", "a spokesman"),
    ],
)
def test_describers_that_are_no_documents_stay(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker
