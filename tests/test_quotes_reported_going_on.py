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


AFTER_A_DEED = [
    # The writer's sentence holds quoted words and goes on with the subject's participle.
    (
        "Holm mounted a defence of “coastal values,” saying the town had kept its harbour.",
        [("the town had kept its harbour", HOLM)],
    ),
    (
        "Berg praised Holm as “a true son of the coast,” saying he had kept the fleet alive.",
        [("he had kept the fleet alive", BERG)],
    ),
    # Participles that report only with "that".
    (
        "Holm spoke for an hour, declaring that the quota had ruined the fleet.",
        [("the quota had ruined the fleet", HOLM)],
    ),
    (
        "Holm went after Berg over the quota, calling it “shameful” and asserting that the"
        " only answer must be a new minister.",
        [("the only answer must be a new minister", HOLM)],
    ),
    # Without "that" they take an object: nothing reported.
    ("Holm spoke for an hour, declaring the quota a failure.", []),
    # A quote opening the sentence leaves the participle without a subject to go on.
    ("“We will not sign,” saying the town embodied the heart of the north.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), AFTER_A_DEED)
def test_participle_after_a_deed_reports_for_the_subject(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected

