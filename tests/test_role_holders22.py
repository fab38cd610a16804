"""Whom "the senator" means when two senators were named (store/quotes/role_holders.py) and
when "the senator and governor" are two people (store/quotes/joined_roles.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

KERR_SPOKE = "Sen. Ada Kerr spoke at the harbour on Monday. “The plan is dead,” Kerr said."
HOLM_SPOKE = "Mayor Lars Holm opened the quay on Monday. “It is a great day,” Holm said."


def _last_speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The later senator named in the quote, or "he": the words are about him, not his.
        (
            (
                KERR_SPOKE,
                "Sen. Bo Renn was not at the rally. “Renn should have come,” the senator said.",
            ),
            "Ada Kerr",
        ),
        (
            (
                KERR_SPOKE,
                "Her rival, Sen. Bo Renn, has declined to debate her. “He is hiding from"
                " voters,” the senator said.",
            ),
            "Ada Kerr",
        ),
        (
            (
                KERR_SPOKE,
                "Sen. Bo Renn voted for it last year. “He was wrong then and he is wrong"
                " now,” the senator said.",
            ),
            "Ada Kerr",
        ),
        (
            (
                HOLM_SPOKE,
                "Mayor Ana Ruiz of the next town stayed away. “She missed a great day,”"
                " the mayor said.",
            ),
            "Lars Holm",
        ),
        # Kept: the later senator's quote says nothing of him, so it is his.
        (
            (KERR_SPOKE, "Sen. Bo Renn also urged a vote. “We must act now,” the senator said."),
            "Bo Renn",
        ),
        # A quote before the later senator's sentence is not read for him.
        (
            (
                KERR_SPOKE,
                "“He lied,” Kerr said of the mayor. Sen. Bo Renn also urged a vote. “We"
                " must act now,” the senator said.",
            ),
            "Bo Renn",
        ),
    ],
)
def test_the_role_holder_just_made_subject_is_not_the_one_his_quote_speaks_of(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_speaker(*paragraphs) == speaker


BOTH_NAMED = "Sen. Ada Kerr and Gov. Tom Vance met at the harbour on Monday."


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # A senator and a governor were both named: "the senator and governor" are two, and
        # their joint words are neither's alone.
        (
            (
                BOTH_NAMED,
                "“We will not back this plan,” the senator and governor said in a joint statement.",
            ),
            None,
        ),
        # One person's two roles, no one else holding the second: the senator.
        (
            (
                "Sen. Ada Kerr met crews at the harbour on Monday.",
                "“We will not back this plan,” the senator and candidate said.",
            ),
            "Ada Kerr",
        ),
        (
            (BOTH_NAMED, "“I will not back this plan,” the senator and former judge said."),
            "Ada Kerr",
        ),
    ],
)
def test_two_joined_roles_of_two_named_people_are_no_one_speaker(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    assert _last_speaker(*paragraphs) == speaker


def test_a_reported_statement_of_two_joined_role_holders_has_no_speaker() -> None:
    paragraphs = (BOTH_NAMED, "The senator and governor said they would not back the plan.")
    found = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in found if q.paragraph == 1] == []
