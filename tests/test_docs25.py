"""Documents quoted by their noun speak for their issuer; a body found by its kind noun alone
is held under a name's confidence.

Each case is a short invented article and what its last direct quote must get.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote, QuoteKind
from store.quotes.extract import extract_quotes


def _last_direct(*paragraphs: str) -> Quote:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs))
    direct = [q for q in attribution.quotes if q.kind == QuoteKind.DIRECT]
    assert direct, "no direct quote found"
    return direct[-1]


CAPPED = [
    # "the agency" read as the one office named before: a link across sentences, not a name.
    (
        (
            "The Transit Department also said on Friday that it missed its goal of printing"
            " 9,000 pages.",
            "“We worked hard to come close to the goal,” said the agency, which fell short.",
        ),
        "Transit Department",
        False,
    ),
    # The body named at the cue itself keeps a name's confidence.
    (
        (
            "The Transit Department also said on Friday that it missed its goal of printing"
            " 9,000 pages.",
            "“We worked hard to come close to the goal,” said the Transit Department.",
        ),
        "Transit Department",
        True,
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "sure"), CAPPED)
def test_a_body_read_from_its_kind_noun_is_not_held_as_sure_as_a_name(
    paragraphs: tuple[str, ...], speaker: str, sure: bool
) -> None:
    quote = _last_direct(*paragraphs)
    assert quote.speaker == speaker
    assert (quote.confidence >= 0.9) is sure


ISSUERS = [
    # "his campaign" names the campaign of the man it stands for, never the man himself.
    (
        ("Bo Renn won the Dover primary on Tuesday.", "“We are winning,” his campaign said."),
        "the Bo Renn campaign",
    ),
    # No man to own it: the campaign stays as written.
    (
        ("Ada Kerr won the Dover primary on Tuesday.", "“We are winning,” his campaign said."),
        "his campaign",
    ),
    # A document a campaign sent out speaks for that campaign, told by its owner.
    (
        (
            "Ada Kerr won the Dover primary on Tuesday, and Bo Renn lost.",
            "Kerr's campaign sent out an email appeal that looked ahead. “We need to make sure"
            " Ada comes out on top,” the email said.",
        ),
        "the Ada Kerr campaign",
    ),
    # Paragraphs still about the document keep its issuer in reach.
    (
        (
            "Ada Kerr and Bo Renn are in a fight for second place.",
            "The Ada Kerr campaign is releasing a fresh radio ad that targets Bo Renn.",
            "The “Fair Deal” ad contrasts Kerr’s record with Renn’s record as a mayor.",
            "The ad airs two days ahead of the vote.",
            "The nearly 90-second ad slams Renn for his votes on taxes.",
            "The ad claims “Ada is the mayor you can trust.”",
        ),
        "the Ada Kerr campaign",
    ),
    # Paragraphs about something else do not: the ad stays unowned.
    (
        (
            "Ada Kerr and Bo Renn are in a fight for second place.",
            "The Ada Kerr campaign is releasing a fresh radio ad that targets Bo Renn.",
            "The race is close, and Renn leads in the north.",
            "Renn spoke at a fair on Sunday about taxes.",
            "Voters there backed him in the last race.",
            "The ad claims “Ada is the mayor you can trust.”",
        ),
        "The ad",
    ),
    # A document sent from a role, then the name in apposition, is that person's.
    (
        (
            "The Dover Guild said on Friday that it would close.",
            "An email was mailed from the guild’s chief treasurer, Ada Kerr, to members."
            " The email said, “We will close the guild hall at the end of May.”",
        ),
        "Ada Kerr",
    ),
    # A role owned by a body the cast does not hold: no owner.
    (
        (
            "According to the Harbour Post, a letter from the Acme Corp.'s auditor went out.",
            "The letter said, “We will close the guild hall at the end of May.”",
        ),
        "The letter",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), ISSUERS)
def test_a_document_or_campaign_speaks_as_its_issuer(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct(*paragraphs).speaker == speaker
