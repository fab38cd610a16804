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
