"""review21b's items 2 and 5 and an older gap, each a named speaker lost or a claim misread.

Invented text. (2) An -ing adjective after a determiner or possessive, or hyphenated, before
a titled name ("The outgoing Mayor Ada Kerr said") was read as a participle taking the name
as its object, so the quote went to nobody; a plural head keeps that reading ("Voters backing
Bo Kerr said": the voters speak). (5) Marks after a judging verb's claim clause were read as
the judge's verdict even when the clause still waited for its object ("would cost “…”") or
words followed the marks ("“…” absurd"): the claimant's words were lost or given to the
critic. (Older) A body written with its common noun ("the airline said") had no speaker.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(paragraphs: tuple[str, ...]) -> dict[str, str | None]:
    article = Article(
        url="https://example.test/r21d", title="Harbour report", paragraphs=paragraphs
    )
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"}


ADJECTIVES_BEFORE_TITLES: list[tuple[tuple[str, ...], str, str]] = [
    # (paragraphs, quoted words, speaker)
    (
        ("The outgoing Mayor Ada Kerr said “it was an honour to serve.”",),
        "it was an honour to serve.",
        "Ada Kerr",
    ),
    (
        ("The visiting Prime Minister Bo Renn said “the port deal is done.”",),
        "the port deal is done.",
        "Bo Renn",
    ),
    (("“I will not resign,” the ailing Senator Bo Renn said.",), "I will not resign", "Bo Renn"),
    (("The hard-working MP Ada Kerr said “the levy is fair.”",), "the levy is fair.", "Ada Kerr"),
    (
        ("Ostland’s outgoing Mayor Ada Kerr said “the harbour is safe.”",),
        "the harbour is safe.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), ADJECTIVES_BEFORE_TITLES)
def test_an_adjective_before_a_titled_name_keeps_the_speaker(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    speakers = _direct(paragraphs)
    assert speakers[quoted] is not None and speaker in str(speakers[quoted]), speakers


PARTICIPLE_HEADS: list[tuple[tuple[str, ...], str]] = [
    # A plural head before a participle taking the name: the head speaks, never the name.
    (
        ("Bo Kerr spoke at the dock.", "Voters backing Bo Kerr said “the levy must go.”"),
        "the levy must go.",
    ),
    (
        ("Ada Kerr spoke at the dock.", "Protesters backing Mayor Ada Kerr said “we want a vote.”"),
        "we want a vote.",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted"), PARTICIPLE_HEADS)
def test_a_participles_object_is_never_the_speaker(
    paragraphs: tuple[str, ...], quoted: str
) -> None:
    speakers = _direct(paragraphs)
    assert "Kerr" not in str(speakers.get(quoted)), speakers


CLAIMS_NOT_VERDICTS: list[tuple[tuple[str, ...], str, str | None]] = [
    # A clause still waiting for its object: the marks are the claimant's words.
    (
        (
            "Eva Dunn met Ada Kerr on Friday.",
            "Dunn rejected Kerr’s claim that the scheme would cost “billions of pounds.”",
        ),
        "billions of pounds.",
        "Ada Kerr",
    ),
    (
        (
            "Eva Dunn met Ada Kerr on Friday.",
            "Dunn rejected Kerr’s claim that the port faces “certain ruin.”",
        ),
        "certain ruin.",
        "Ada Kerr",
    ),
    (
        (
            "Eva Dunn met Ada Kerr on Friday.",
            "Dunn rejected Kerr’s warning that the deal would mean “the end of fishing.”",
        ),
        "the end of fishing.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CLAIMS_NOT_VERDICTS)
def test_an_open_clause_keeps_the_claimants_words(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    speakers = _direct(paragraphs)
    assert speakers.get(quoted) == speaker, speakers


def test_words_after_the_marks_make_them_no_verdict() -> None:
    speakers = _direct(
        (
            "Eva Dunn met Ada Kerr on Friday.",
            "Dunn called Kerr’s claim that ministers “lied to voters” absurd.",
        )
    )
    assert speakers.get("lied to voters") != "Eva Dunn", speakers


BODY_NOUNS = ["airline", "retailer", "hospital", "charity", "military", "opposition"]


@pytest.mark.parametrize("noun", BODY_NOUNS)
def test_a_body_named_by_its_noun_speaks(noun: str) -> None:
    speakers = _direct(
        (
            "Talks over the harbour levy went on all week.",
            f"“We will not pay the new levy,” the {noun} said.",
        )
    )
    assert speakers["We will not pay the new levy"] == f"the {noun}", speakers
