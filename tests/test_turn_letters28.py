"""Interview turns labelled "Q –", "Question:" or "QUESTION:" are turns (lead, stop 28).

Only "Q:" and "Q." were read: "Q – …" / "A – …" and "Question: …" / "Answer: …" interviews
lost every answer, and "QUESTION: …" / "ANSWER: …" credited them to transcript speakers named
"Question" and "Answer".
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

_ANSWERS = (
    "Tired but ready. The crew has never been stronger.",
    "We have rowed in worse. Wind is part of the sport.",
)


def _interview(question: str, answer: str) -> tuple[str, ...]:
    return (
        "Olympic rower Kit Amsel, 24, spoke to us before the final.",
        f"{question} How do you feel?",
        f"{answer} {_ANSWERS[0]}",
        f"{question} What about the weather?",
        f"{answer} {_ANSWERS[1]}",
    )


def _direct(paragraphs: tuple[str, ...]) -> list[tuple[str, str | None]]:
    result = extract_quotes(Article(title="Rower talks", paragraphs=paragraphs))
    return [(q.text, q.speaker) for q in result.quotes if q.kind == QuoteKind.DIRECT]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Q –", "A –"),
        ("Q -", "A -"),
        ("Q —", "A —"),
        ("Question:", "Answer:"),
        ("QUESTION:", "ANSWER:"),
    ],
)
def test_labelled_answers_are_the_interviewees(question: str, answer: str) -> None:
    assert _direct(_interview(question, answer)) == [(text, "Kit Amsel") for text in _ANSWERS]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Lists lettered with dashes: no question asks, so no interview and no quotes.
        (
            "The board weighed two plans for the harbour on Monday.",
            "A - a new quay for the ferries, costing 40 million.",
            "Q - a smaller quay, built in two stages.",
            "A - the old quay mended, the cheapest.",
            "Q - nothing at all until the survey is done.",
        ),
        # One question and one answer spelled out: a heading and its reply, not an interview.
        (
            "Kit Amsel rows for the Dunmere club.",
            "QUESTION: who pays for the new boat shed?",
            "ANSWER: the club, from its own savings.",
        ),
    ],
)
def test_look_alikes_are_no_interview(paragraphs: tuple[str, ...]) -> None:
    assert _direct(paragraphs) == []
