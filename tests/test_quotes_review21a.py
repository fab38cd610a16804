"""Trust bugs a review of stop 21 found in English attribution (issue 11), each a rule that
went too far: a critic's verdict given to the person criticised, a named speaker's quote
given to the statement before a joining word, translated speech dropped as a gloss, and a
crowd's chant given to the last person quoted.

Invented text. Each case fails when the quote goes to the wrong speaker or is lost.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speakers(paragraphs: tuple[str, ...]) -> dict[str, str | None]:
    article = Article(url="https://example.test/r21a", title="Report", paragraphs=paragraphs)
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"}


VERDICTS = [
    # (paragraphs, quoted text, expected speaker)
    # A verb of judging before the claim, the claim's clause complete: the marks are the
    # judge's verdict on the claim, not the claimant's words.
    (
        (
            "Nils Berg met Ola Strand on Friday.",
            "Berg called Strand’s claim that the mill was bankrupt “a plain lie.”",
        ),
        "a plain lie.",
        "Nils Berg",
    ),
    (
        (
            "Nils Berg met Ola Strand on Friday.",
            "Berg described Strand’s allegation that the mill was bankrupt as “pure fiction.”",
        ),
        "pure fiction.",
        "Nils Berg",
    ),
    # The clause still waits for its complement: the marks are inside the claim, its owner's.
    (
        (
            "Nils Berg met Ola Strand on Friday.",
            "Berg called Strand’s claim that the mill was “bankrupt” absurd.",
        ),
        "bankrupt",
        "Ola Strand",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), VERDICTS)
def test_a_verdict_on_a_claim_is_the_judges(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    speakers = _speakers(paragraphs)
    assert speakers[quoted] == speaker, speakers


def test_a_verdict_without_a_speech_verb_is_never_the_claimants() -> None:
    speakers = _speakers(
        (
            "Nils Berg met Ola Strand on Friday.",
            "Berg rejected Strand’s conclusion that the budget was sound as “a daydream.”",
        )
    )
    assert speakers.get("a daydream.") != "Ola Strand", speakers


JOINED = [
    # A joining word before the marks opens a new clause: the credit after them stands.
    (
        (
            "Ministers said on Friday the mill talks would resume soon, but “nothing is agreed "
            "yet,” Lena Holt told reporters.",
        ),
        "nothing is agreed yet",
        "Lena Holt",
    ),
    (
        (
            "The governor said the mill would stay open and “we will never sell it,” Lena "
            "Holt, the union chief, said.",
        ),
        "we will never sell it",
        "Lena Holt",
    ),
    # "according to" a person credits the person, not the statement before.
    (
        (
            "Ola Strand and Lena Holt spoke on Friday.",
            "Strand said the sale was near, while “the terms are still open,” according to Holt.",
        ),
        "the terms are still open",
        "Lena Holt",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), JOINED)
def test_a_quote_after_a_joining_word_keeps_its_credit(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    speakers = _speakers(paragraphs)
    assert speakers[quoted] == speaker, speakers


def test_translated_speech_is_the_speakers() -> None:
    speakers = _speakers(
        (
            "Speaking in Danish, Mayor Jens Dal said what translates roughly as “we will "
            "not give in.”",
        )
    )
    assert speakers.get("we will not give in.") == "Jens Dal", speakers


def test_a_crowds_chant_is_not_the_last_speakers() -> None:
    speakers = _speakers(
        (
            "Lena Holt, the coach, spoke after the defeat. “We were beaten,” she said. "
            "“Next season,” chanted the crowd.",
        )
    )
    assert speakers.get("Next season") != "Lena Holt", speakers


def test_a_quote_resumed_after_a_dashed_aside_is_the_first_speakers() -> None:
    speakers = _speakers(
        (
            "Sheriff Tom Vik spoke first.",
            "He said, “The mayor will fix the bridge” - and here the crowd chanted "
            "“Fix it!” - “and lower the tolls for every driver.”",
        )
    )
    assert speakers.get("Fix it!") == "the crowd", speakers
    assert speakers.get("and lower the tolls for every driver.") == "Tom Vik", speakers
