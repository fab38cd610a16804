"""A labelled turn's words start past its label: "Renner: Yes." is "Yes." (lead, stop 28).

The label names the speaker, whom the record holds already; kept in the words it also made a
short answer read as a title ("Renner: Yes." is two capitalised words) and dropped it.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_INTERVIEW = (
    "We spoke to the baker Mira Solenko about her new shop.",
    "Interviewer: Why did you move?",
    "{label}: I started in 2011 in a cellar and it was cold every winter.",
    "Interviewer: And now?",
    "{label}: Now we have a real oven and a window onto the canal.",
    "Interviewer: Are you happy?",
    "{label}: Yes.",
)


def _quotes(paragraphs: tuple[str, ...]) -> list[tuple[str, str | None]]:
    result = extract_quotes(Article(title="Bakers of the canal", paragraphs=paragraphs))
    return [(quote.text, quote.speaker) for quote in result.quotes]


@pytest.mark.parametrize("label", ["Solenko", "Mira Solenko"])
def test_interview_turns_start_past_their_label(label: str) -> None:
    paragraphs = tuple(text.format(label=label) for text in _INTERVIEW)
    assert _quotes(paragraphs) == [
        ("I started in 2011 in a cellar and it was cold every winter.", "Mira Solenko"),
        ("Now we have a real oven and a window onto the canal.", "Mira Solenko"),
        ("Yes.", "Mira Solenko"),  # once "Solenko: Yes.", read as a title and dropped
    ]


def test_capitals_transcript_inside_marks() -> None:
    paragraphs = (
        "Senator Ada Hale and Governor Tom Dunn met the press on Monday.",
        "“HALE: We are here to stay. DUNN: So are we,” the transcript reads.",
    )
    texts = [text for text, _ in _quotes(paragraphs)]
    assert texts == ["We are here to stay.", "So are we"]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        # A colon cue before the marks is no label inside them: the words stay whole.
        ("Mayor Ines Varga said: “The bridge opens in May.”", "The bridge opens in May."),
        # A colon inside the words is the speaker's own.
        (
            "“Here is the thing: the bridge opens in May,” Varga said.",
            "Here is the thing: the bridge opens in May",
        ),
    ],
)
def test_colons_that_are_no_label_keep_the_words(paragraph: str, words: str) -> None:
    paragraphs = ("Mayor Ines Varga opened the council meeting.", paragraph)
    assert _quotes(paragraphs) == [(words, "Ines Varga")]
