"""Whose the quote above was, said in the next sentence (cue27 pattern 1).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_LEDE = "The Orrin Mills board won its vote at the Carran hall on Tuesday."


def _direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = Article(title="Mill news", paragraphs=(_LEDE, *paragraphs))
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


# store.quotes.owner_credits: "That was the verdict of X" now takes an unnamed owner ("one
# shareholder") and a description with its name beside it ("the harbour master, X"), and
# "Those were the words of X" as well as "That was the verdict of X".
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "“We have been taken for fools.” That was the verdict of one shareholder after "
                "the vote.",
            ),
            "We have been taken for fools.",
            "one shareholder",
        ),
        # The unnamed owner beats the mayor named before, to whom the quote was carried.
        (
            (
                "Mayor Rik Dunstan spoke first.",
                "“We have been taken for fools.” That was the verdict of one shareholder.",
            ),
            "We have been taken for fools.",
            "one shareholder",
        ),
        (
            (
                "“Nobody sails until the fog lifts.” Those were the words of the harbour "
                "master, Ewan Tolliver, at dawn.",
            ),
            "Nobody sails until the fog lifts.",
            "Ewan Tolliver",
        ),
        (
            ("“Nobody sails until the fog lifts.” Those were the words of Ewan Tolliver.",),
            "Nobody sails until the fog lifts.",
            "Ewan Tolliver",
        ),
        # store.quotes.demonstrative_credits: the same credit opening the next paragraph.
        (
            (
                "“Nobody sails until the fog lifts.”",
                "Those were the words of the harbour master, Ewan Tolliver, at dawn on Friday.",
            ),
            "Nobody sails until the fog lifts.",
            "Ewan Tolliver",
        ),
    ],
)
def test_next_sentence_names_the_owner(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _direct(*paragraphs)


# Look-alikes: the view of someone's critic is not that someone's; a description that runs
# into a name's "of" phrase gives no owner at all.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "wrong"),
    [
        (
            (
                "Mayor Rik Dunstan spoke first.",
                "“We have been taken for fools.” That was the view of one critic of Mayor Rik "
                "Dunstan.",
            ),
            "We have been taken for fools.",
            "Rik Dunstan",
        ),
        (
            ("“We have been taken for fools.” That was the view of one critic of the board.",),
            "We have been taken for fools.",
            "one critic",
        ),
    ],
)
def test_a_third_partys_view_is_no_owner(
    paragraphs: tuple[str, ...], quote: str, wrong: str
) -> None:
    found = dict(_direct(*paragraphs))
    assert quote in found
    assert found[quote] != wrong
