"""“...,” his campaign said: the pronoun's owner is the candidate, never one of the campaign's
own staff (store/quotes/campaign_owners.py, works_for_campaign)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _last_speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour race", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "wrong"),
    [
        (
            (
                "Tom Vane sacked his campaign manager, Quill Marno, on Friday. Marno said he"
                " was stunned.",
                "“Nobody gave me a reason,” his campaign said, citing a letter.",
            ),
            "the Quill Marno campaign",
        ),
        (
            (
                "Tom Vane spoke in Dunmore. Campaign aide Quill Marno said he was tired.",
                "“We are on the road all week,” his campaign said.",
            ),
            "the Quill Marno campaign",
        ),
    ],
)
def test_a_staffer_owns_no_campaign(paragraphs: tuple[str, ...], wrong: str) -> None:
    assert _last_speaker(*paragraphs) != wrong


def test_the_candidate_still_owns_his_campaign() -> None:
    speaker = _last_speaker(
        "Sen. Bo Renn attacked Tom Vane over the port on Monday. Vane hit back within hours.",
        "“Tom Vane never sold the port,” his campaign said.",
    )
    assert speaker == "the Tom Vane campaign"
