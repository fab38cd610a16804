"""Error kinds a hand-judged sample found truly ours (stop 23), in invented text.

A description resolves to a named person only when nothing says it is someone else: an
unnamed participant introduced as "a <role>" after the named holder, a description cued in
the sentence where another person just spoke, and never a place read as a person.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speaker_of(paragraphs: tuple[str, ...], words: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour levy row", paragraphs=paragraphs)).quotes
    return next(q.speaker for q in quotes if words in q.text)


@pytest.mark.parametrize(
    ("paragraphs", "words", "speaker"),
    [
        # An unnamed panel aide is introduced after the named aide: "the aide" is them.
        (
            (
                "Tom Lind, a White House aide, met the panel last month.",
                "A Democratic panel aide mocked the statement.",
                "“Their announcement is proof of politics,” the aide said in an email.",
            ),
            "proof of politics",
            "the aide",
        ),
        # Kept: the named aide is the only aide written, so "the aide" is Lind.
        (
            (
                "Tom Lind, a White House aide, met the panel last month.",
                "“Their announcement is proof of politics,” the aide said in an email.",
            ),
            "proof of politics",
            "Tom Lind",
        ),
        # The heckler yells in the sentence where Renn speaks: someone other than Renn.
        (
            (
                "Sen. Bo Renn was interrupted by a protester at a rally on Sunday.",
                "“There is a young man with troubles,” Renn said as the heckler yelled: “Go home!”",
            ),
            "Go home",
            "the heckler",
        ),
        # "here in New Mexico" names a place: "the Ohio governor" is Kerr, not the state.
        (
            (
                "DOVER, N.M. - At the moment Ada Kerr lost the debate slot, she was on her 30th "
                "day of campaigning here in New Mexico. Another town hall, another crowd. "
                "Sooner or later, the Ohio governor told the crowd, “the plan pays off.”",
            ),
            "the plan pays off",
            "Ada Kerr",
        ),
    ],
)
def test_description_resolves_to_the_person_it_means(
    paragraphs: tuple[str, ...], words: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, words) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A capitalised adjective opening the sentence before plural people is no name: the
        # whole description speaks (bare_plurals.py, stop 24), never "Small" or "Angry".
        (
            "Small groups of protesters marched around the quay while chanting, “Open the port now.”",
            "Small groups of protesters",
        ),
        (
            "Angry dockers marched around the quay while chanting, “Open the port now.”",
            "Angry dockers",
        ),
        # Kept: a role after a body's name speaks for it ("FBI agents", "Acme officials").
        (
            "Tom Lind runs the Acme Corp. Acme officials said they would “open the port at once.”",
            "Acme officials",
        ),
    ],
)
def test_adjective_opening_a_sentence_is_no_speaker(paragraph: str, speaker: str | None) -> None:
    lede = "DOVER - A week after the storm, the port remains shut."
    words = "open" if speaker == "Acme officials" else "Open the port"
    assert _speaker_of((lede, paragraph), words) == speaker


def test_relative_after_an_appositive_with_an_adverb_is_the_name() -> None:
    # "Lind, now the board chairman, who said": Lind's words, not the sentence subject's.
    paragraphs = (
        "Ada Kerr spoke at the rally on Monday.",
        "Kerr has long been at odds with Tom Lind, now the harbour board chairman, "
        "who said the board's main goal was to make Kerr a “one-term mayor.”",
    )
    assert _speaker_of(paragraphs, "one-term mayor") == "Tom Lind"


def test_a_year_between_who_and_said_keeps_the_relative_cue() -> None:
    # "who in 2010 said": a year is no subject; the words are Lind's, not the subject's.
    paragraphs = (
        "Ada Kerr spoke at the rally on Monday.",
        "Kerr has long been at odds with Tom Lind, now the harbour board chairman, "
        "who in 2010 said the board's main goal was to make Kerr a “one-term mayor.”",
    )
    assert _speaker_of(paragraphs, "one-term mayor") == "Tom Lind"
