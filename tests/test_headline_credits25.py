"""Headline credits after the claim: ", says ROLE", "'…': ROLE vows …" (headline_credits.py)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.extract import extract_quotes
from store.quotes.headline_credits import DESCRIBED_HEADLINE

BODY = (
    "Port users will pay more, Dalia Fenwick, head of the harbour board, said on Monday.",
    "The Norland health board said waiting lists had reached 40,000.",
    "Rosa Delane, leader of the porters' union, said members would strike.",
    "Painter Odile Brant, who lives in Marlow, said she had never wanted fame.",
)

CREDITS = [
    # (title, claim, speaker, confidence)
    # "chief" is headline-speak for the body's "head of the harbour board".
    ("Fees to rise, says harbour chief", "Fees to rise", "Dalia Fenwick", DESCRIBED_HEADLINE),
    # A body the headline calls by fewer words than the body does.
    (
        "Waiting lists at record high, warns health board",
        "Waiting lists at record high",
        "The Norland health board",
        DESCRIBED_HEADLINE,
    ),
    (
        "'We will not back down': union leader vows to fight cuts",
        "We will not back down",
        "Rosa Delane",
        DESCRIBED_HEADLINE,
    ),
    # A role nobody in the body holds stays the headline's own words.
    ("Fares to rise, says rail boss", "Fares to rise", "rail boss", DESCRIBED_HEADLINE),
    # A name after the claim is as sure as a name before it.
    ("Fees to rise, says Fenwick", "Fees to rise", "Dalia Fenwick", 0.75),
    (
        "'I never wanted to be famous': a conversation with painter Odile Brant",
        "I never wanted to be famous",
        "Odile Brant",
        0.75,
    ),
]


@pytest.mark.parametrize(("title", "claim", "speaker", "confidence"), CREDITS)
def test_a_credit_after_the_claim(title: str, claim: str, speaker: str, confidence: float) -> None:
    found = extract_quotes(Article(title=title, paragraphs=BODY)).quotes
    [headline] = [q for q in found if q.paragraph is None]
    assert (headline.text, headline.speaker) == (claim, speaker)
    assert headline.how == AttributionHow.HEADLINE
    assert headline.confidence == pytest.approx(confidence)


NO_CREDIT = [
    "'Unbelievable': fans react to the late winner",  # a clause, not a credit
    "Why the port matters, says the Gazette",  # an explainer's title
    "Buses and trams: what changes, says the council",  # a title with its own colon
    "Hope for the future, says who?",
    "'Ships are the last romantic thing': the last ship leaves",
]


@pytest.mark.parametrize("title", NO_CREDIT)
def test_no_credit_after_the_claim(title: str) -> None:
    found = extract_quotes(Article(title=title, paragraphs=BODY)).quotes
    assert not [q for q in found if q.paragraph is None]
