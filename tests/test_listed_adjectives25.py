"""“...,” the bearded, 61-year-old envoy said: a comma listing adjectives keeps the
description's "the" (store/quotes/listed_adjectives.py), and other commas still end it."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.mentions import read_mention

KERR_ARRIVES = "Ada Kerr, the envoy of the Harbour League, arrived in Dunmore on Monday."


@pytest.mark.parametrize(
    ("chunk", "text"),
    [
        ("the bearded, 61-year-old envoy", "the bearded 61-year-old envoy"),
        ("The cautious, soft-spoken envoy", "The cautious soft-spoken envoy"),
        # A comma after a place or a role ends the description as before.
        ("In Dunmore, the envoy", "the envoy"),
        ("the senator, 61-year-old envoy", "61-year-old envoy"),
    ],
)
def test_the_listed_comma_stays_inside(chunk: str, text: str) -> None:
    mention = read_mention(chunk)
    assert mention is not None and mention.text == text


@pytest.mark.parametrize(
    ("credit", "speaker"),
    [
        ("the bearded, 61-year-old envoy said", "Ada Kerr"),
        ("the bearded, 61-year-old envoy said in an interview", "Ada Kerr"),
    ],
)
def test_the_listed_description_is_resolved(credit: str, speaker: str) -> None:
    paragraphs = (KERR_ARRIVES, f"“The talks went well,” {credit}.")
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    assert quotes[-1].speaker == speaker
