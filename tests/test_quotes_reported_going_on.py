"""Reported speech that goes on after a cue or a deed of its speaker: ", adding that ...",
", saying ...", "..., asserting that ..." (invented articles)."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

INTRO = "Anna Berg, the fisheries minister, and Lars Holm, a trawler captain, met in Tromso."
BERG, HOLM = "Anna Berg", "Lars Holm"


def reported(paragraph: str) -> list[tuple[str, str | None]]:
    """The indirect quotes of one paragraph written after INTRO, as (text, speaker)."""
    found = extract_quotes(Article(title="A headline", paragraphs=(INTRO, paragraph)))
    return [
        (q.text, q.speaker)
        for q in found.quotes
        if q.kind == QuoteKind.INDIRECT and q.paragraph == 1
    ]


AFTER_A_CUE = [
    # A direct quote, its cue, then a participle that reports a clause of the same speaker.
    (
        "“We will not sign,” Holm said, adding that the quota is “the worst in a decade.”",
        [("the quota is “the worst in a decade.”", HOLM)],
    ),
    (
        "“We will not sign,” Holm said, saying Berg would “ruin the whole coast.”",
        [("Berg would “ruin the whole coast.”", HOLM)],
    ),
    (
        "“The season is over,” Holm told a crowd at the port, saying the ministry had failed.",
        [("the ministry had failed", HOLM)],
    ),
    # The one told is not the one going on: the teller is.
    (
        "“We will not sign,” Berg told Holm, adding that the quota would stay as it is.",
        [("the quota would stay as it is", BERG)],
    ),
    # A statement before the cue and one after its participle: both the speaker's.
    (
        "The quota is unfair, Holm said, adding that the ministry would not listen.",
        [("The quota is unfair", HOLM), ("the ministry would not listen", HOLM)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), AFTER_A_CUE)
def test_participle_after_a_cue_reports_for_its_speaker(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected
