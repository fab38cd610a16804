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
        ("“The pool is not a promise,” read a post on Fiske’s Instagram account.", "Jon Fiske"),
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
        # The name last in the phrase is whom it is about or for, not whose (review28a F1).
        ("“A liar,” read a tweet by Vera Lind about Fiske.", "a tweet by Vera Lind about Fiske"),
        (
            "“You are out,” read a message from the board to Fiske.",
            "a message from the board to Fiske",
        ),
        # Anyone may write on someone's page (review28a F2): a mourner, a fan.
        ("“We will miss you every day,” read one post on Fiske’s Facebook page.", "one post"),
    ],
)
def test_describers_that_are_no_documents_stay(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # Before the verb, a plain "by" names the sender as "sent by" did: never the name
        # the document is about (review28a: "A tweet by X about Y read:" was Y's at 0.95).
        ("A tweet by Brandt about Fiske read: “A liar.”", "Ida Brandt"),
        # A possessive sender is someone else's: "Fiske's wife", never Fiske (was at 0.97).
        ("A letter from Fiske’s wife said: “He did nothing wrong.”", "Fiske’s wife"),
        ("A text by Fiske’s lawyer was read out: “My client denies it.”", None),
    ],
)
def test_the_sender_before_the_verb_speaks(paragraph: str, speaker: str | None) -> None:
    assert _speaker(paragraph) == speaker
