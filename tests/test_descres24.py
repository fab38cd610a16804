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
    # A paper's editorial, or its editorial board, writes as the paper.
    (
        (
            "That annoyed the editors of The Dover Ledger, who turned their Friday"
            " editorial on Kerr.",
            "“If she wants to be mayor, Ada Kerr should act like one,” the editorial read.",
        ),
        "Dover Ledger",
    ),
    (
        (
            "The Harbor Ledger has run a string of editorials against the plan. “The plan is a"
            " gift to the developers,” the editorial board wrote.",
        ),
        "Harbor Ledger",
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
    # A name written as where a crowd stood is no body that spoke.
    (
        (
            "Hundreds of marchers took to the streets of Dover on Tuesday.",
            "Waving banners, the crowd -- which gathered at Dover University before a walk to"
            " City Hall -- was loud.",
            "“Open the quay!” the group shouted.",
        ),
        "the group",
    ),
    # A group described beside the named one: the bare noun may be either.
    (
        (
            "Harlow Arms Guild and a lobbying group for the docks both filed comments.",
            "“The fund is badly lopsided,” the group wrote.",
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
            "“On reflection, the clerk accepts the filing was wrong,” the statement said.",
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
            "Senator Lia Dorr is releasing a fresh radio ad that urges voters to act.",
            "The ad says “the quay stays shut unless you show up.”",
        ),
        "Lia Dorr",
    ),
    (
        (
            "Ada Kerr sent out a donor email on Tuesday.",
            "“Give five dollars today,” read the email.",
        ),
        "Ada Kerr",
    ),
    # The sentence's subject is not the one past another clause ("but his team").
    (
        (
            "Ada Kerr will back Bo Renn in the end, but his team sent out a donor email"
            " on Tuesday.",
            "“Give five dollars today,” read the email.",
        ),
        "the email",
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


ROLES = [
    # A role word the lexicon need not know, written beside the name once.
    (
        (
            "Billionaire investor Tomas Vanek said on Monday that he would not back the senator.",
            "Vanek pointed to a remark by Sen. Lia Dorr about the race.",
            "“If another senator says that, it is even worse,” the investor said.",
        ),
        "Tomas Vanek",
    ),
    (
        (
            "Ada Kerr, a retired surgeon, spoke at the rally on Monday.",
            "The crowd cheered for Bo Renn after that.",
            "“We need better clinics,” the retired surgeon said.",
        ),
        "Ada Kerr",
    ),
    (
        (
            "On Monday, the show's host, Bo Renn, asked the mayor about taxes.",
            "Mayor Ada Kerr answered at length.",
            "“That is not an answer,” the host said.",
        ),
        "Bo Renn",
    ),
    (
        (
            "Bo Renn, who hosts a morning show in Dover, met the mayor on Monday.",
            "Mayor Ada Kerr talked about taxes.",
            "“That is not an answer,” the host said.",
        ),
        "Bo Renn",
    ),
    # Two people brought in with the role: the description stays.
    (
        (
            "Billionaire investor Tomas Vanek spoke first. Later, fellow investor Ada Kerr spoke.",
            "Sen. Lia Dorr joined them later.",
            "“It is even worse,” the investor said.",
        ),
        "the investor",
    ),
    # The role given only after the quote: no one introduced yet.
    (
        (
            "The crowd cheered for Bo Renn on Monday.",
            "Mayor Ada Kerr talked about taxes.",
            "“That is not an answer,” the host said.",
            "Lia Dorr, who hosts a morning show, came later.",
        ),
        "the host",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), ROLES)
def test_a_role_description_is_the_one_person_introduced_with_that_role(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs))
    direct = [q for q in attribution.quotes if q.kind == QuoteKind.DIRECT]
    assert direct[0].speaker == speaker
    if speaker.istitle():
        assert direct[0].how == "description" and direct[0].confidence < 0.9
