"""“...,” the nominee riffed: when no one has spoken yet and others were named as often as
the subject, the subject is the one the passage is about (sole_persons._most_seen)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

RIFF = "“Governor, I will spare you the trouble: it was a no,” the harbour nominee riffed."


def _last_speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # Named once each: Kerr is the subject, Vane and Renn only objects.
        (
            (
                "At a rally in Dover last week, Ada Kerr played her audience a video of Gov. "
                "Tom Vane trying to defend Bo Renn's record.",
                RIFF,
            ),
            "Ada Kerr",
        ),
        # Vane is a subject as often as Kerr: either may be meant.
        (
            (
                "At a rally in Dover last week, Ada Kerr played her audience a video.",
                "Tom Vane left the rally early.",
                RIFF,
            ),
            "the harbour nominee",
        ),
    ],
)
def test_the_subject_outweighs_the_objects(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _last_speaker(*paragraphs) == speaker
