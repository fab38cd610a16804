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
        ((KERR_SPOKE, "Sen. Bo Renn was not at the rally. “Renn should have come,” the senator"
          " said."), "Ada Kerr"),
        ((KERR_SPOKE, "Her rival, Sen. Bo Renn, has declined to debate her. “He is hiding from"
          " voters,” the senator said."), "Ada Kerr"),
        ((KERR_SPOKE, "Sen. Bo Renn voted for it last year. “He was wrong then and he is wrong"
          " now,” the senator said."), "Ada Kerr"),
        ((HOLM_SPOKE, "Mayor Ana Ruiz of the next town stayed away. “She missed a great day,”"
          " the mayor said."), "Lars Holm"),
        # Kept: the later senator's quote says nothing of him, so it is his.
        ((KERR_SPOKE, "Sen. Bo Renn also urged a vote. “We must act now,” the senator said."),
         "Bo Renn"),
        # A quote before the later senator's sentence is not read for him.
        ((KERR_SPOKE, "“He lied,” Kerr said of the mayor. Sen. Bo Renn also urged a vote. “We"
          " must act now,” the senator said."), "Bo Renn"),
    ],
)
def test_the_role_holder_just_made_subject_is_not_the_one_his_quote_speaks_of(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_speaker(*paragraphs) == speaker
