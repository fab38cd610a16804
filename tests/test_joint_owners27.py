"""A document two owners issued: the whole owner speaks, never one half (cue27 pattern 4).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(*paragraphs: str) -> list[tuple[str, str | None, float]]:
    article = Article(title="Court news", paragraphs=paragraphs)
    quotes = extract_quotes(article).quotes
    return [(q.text, q.speaker, q.confidence) for q in quotes if q.kind == "direct"]


# store.quotes.joint_owners: "a Kerr and Vane statement" was read as "Vane statement", then
# Vane's words; the firm (or the pair) is the owner.
@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Osmer and Tull, the Carran law firm, lost the case.",
            "An Osmer and Tull statement said the firm “will appeal at once”.",
        ),
        (
            "Osmer and Tull, the Carran law firm, lost the case.",
            "“We will appeal at once,” an Osmer and Tull statement said.",
        ),
        (
            "Brin Osmer and Dale Tull run the bakery.",
            "“We are deeply saddened,” a joint Osmer and Tull statement said.",
        ),
        (
            "The bakers lost their stall.",
            "“We are deeply saddened,” read the Osmer and Tull statement.",
        ),
    ],
)
def test_a_joint_document_speaks_for_both_owners(paragraphs: tuple[str, ...]) -> None:
    quotes = _direct(*paragraphs)
    assert quotes
    assert all(speaker == "Osmer and Tull" for _, speaker, _ in quotes)


# Look-alikes: one owner, or two owners not joined before the document noun.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("The firm lost the case.", "“We will appeal at once,” a Tull statement said."), "Tull"),
        (
            (
                "Brin Osmer and Dale Tull met on Friday.",
                "“We will appeal at once,” Dale Tull said in a statement.",
            ),
            "Dale Tull",
        ),
    ],
)
def test_one_owner_stays_one(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [s for _, s, _ in _direct(*paragraphs)] == [speaker]
