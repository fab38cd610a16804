"""A bare noun or document that stands for the one body or person the article named before.

Each case is a short invented article and the speaker its last direct quote must get: the
body or issuer named a little before when exactly one fits, the bare noun when none or
several do.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _last_direct_speaker(*paragraphs: str) -> str | None:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs))
    direct = [q for q in attribution.quotes if q.kind == QuoteKind.DIRECT]
    assert direct, "no direct quote found"
    return direct[-1].speaker


BODIES = [
    # "the agency": the one public office named in the paragraph before.
    (
        (
            "The Transit Department also said on Friday that it missed its goal of printing"
            " 9,000 pages.",
            "“We worked hard to come close to the goal,” said the agency, which fell short.",
        ),
        "Transit Department",
    ),
    # "the group": any body that is no office or party, named just before in the paragraph.
    (
        (
            "The Marrow Peace Foundation did not want to talk about the sale, telling a radio"
            " station it is focused on its work.",
            "“This year, we are focused on that mission,” the group said.",
        ),
        "Marrow Peace Foundation",
    ),
    (
        (
            "Harlow Arms Guild said in a statement on Thursday night that it pulled the listing"
            " from its site.",
            "“Our mission is to keep a safe place for buyers,” the organization wrote.",
        ),
        "Harlow Arms Guild",
    ),
    # "the newspaper": a body whose name is a paper's.
    (
        (
            "The Dover Ledger reported on Sunday that the mayor had left town.",
            "“The mayor was seen at the airport,” according to the newspaper.",
        ),
        "Dover Ledger",
    ),
    # Two offices before: no telling which one spoke.
    (
        (
            "The Transit Department and the Water Authority said on Friday that they missed"
            " their goals.",
            "“We worked hard to come close to the goal,” said the agency.",
        ),
        "the agency",
    ),
    # A group described beside the named one: the bare noun may be either.
    (
        (
            "Harlow Arms Guild and a lobbying group for the docks both filed comments.",
            "“The pool is out of balance,” the group wrote.",
        ),
        "the group",
    ),
    # Only a person before: "the company" is no one named.
    (
        (
            "Ada Kerr said on Friday she would fight the bill.",
            "“We call on other firms to join us,” the company said.",
        ),
        "the company",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), BODIES)
def test_a_bare_body_noun_is_the_one_body_of_its_kind_named_before(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct_speaker(*paragraphs) == speaker


DOCUMENTS = [
    # "the release" quotes what a body announced just before.
    (
        (
            "Former Gov. Ada Pell had been due to speak in Dover, but on Thursday, the Dover"
            " County Farmers League announced she was not coming.",
            "“The Pell office has told the league that she will not attend,” the release said.",
        ),
        "Dover County Farmers League",
    ),
    # Handed out: "provided a statement", "is releasing the ad", "sent out an email".
    (
        (
            "The paper said Tom Renn provided a written statement in answer to its questions.",
            "“After a review, the secretary believes it was a mistake,” the statement said.",
        ),
        "Tom Renn",
    ),
    (
        (
            "Senator Lia Dorr is releasing the ad in three states this week.",
            "“She stood up for you,” the ad says.",
        ),
        "Lia Dorr",
    ),
    (
        (
            "Ada Kerr sent out a fundraising email on Tuesday.",
            "“Give five dollars today,” read the email.",
        ),
        "Ada Kerr",
    ),
    # A name in an aside before the verb is not the one who handed it out.
    (
        (
            "Tom Renn, who has sued Harlow Grid, provided a statement on Monday.",
            "“We will win in court,” the statement said.",
        ),
        "Tom Renn",
    ),
    # No issuer named: the document stays.
    (
        (
            "A statement was handed to reporters on Monday.",
            "“We will win in court,” the statement said.",
        ),
        "the statement",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), DOCUMENTS)
def test_a_document_speaks_for_the_one_who_handed_it_out(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct_speaker(*paragraphs) == speaker
