"""Who answers in a Q/A interview: the intro's framing phrases and "Q." / "A." letters (qa27).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote, QuoteKind
from store.quotes.extract import extract_quotes

_TITLE = "A life in labs"
_TURNS = (
    "Q: When did you start?",
    "A: I started in 2009 in a small lab in Dunmere.",
    "Q: And then?",
    "A: Everything changed when the grant came.",
)
_ANSWERS = ("I started in 2009 in a small lab in Dunmere.", "Everything changed when the grant came.")


def _quotes(title: str, *paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes)


def _answerers(title: str, intro: tuple[str, ...], after: tuple[str, ...] = ()) -> set[str | None]:
    """The speakers the interview's two answers are given to."""
    quotes = _quotes(title, *intro, *_TURNS, *after)
    found = [q for q in quotes if q.text in _ANSWERS]
    assert len(found) == len(_ANSWERS)
    return {q.speaker for q in found}


@pytest.mark.parametrize(
    ("intro", "after"),
    [
        # The bug: both named once, the interviewer last spoke ("spoke to"): she got every answer.
        (("Mira Holt spoke to Julia Renner about her career.",), ()),
        (("Mira Holt sat down with Julia Renner in Dunmere last week.",), ()),
        (("Mira Holt interviewed Julia Renner at her lab.",), ()),
        (("In an interview with Mira Holt, Julia Renner looked back on her years in the lab.",), ()),
        (("Julia Renner, in conversation with Mira Holt.",), ()),
        (("Julia Renner was interviewed by Mira Holt.",), ()),
        # A credit line before the intro, or closing the interview, names the one who asks.
        (("Interview by Mira Holt", "Julia Renner has run the Dunmere lab since 2015."), ()),
        (("By Mira Holt", "Julia Renner has run the Dunmere lab since 2015."), ()),
        (
            ("Julia Renner has run the Dunmere lab since 2015. Mira Holt met her there.",),
            ("Interview by Mira Holt.",),
        ),
    ],
)
def test_the_framed_interviewee_answers(intro: tuple[str, ...], after: tuple[str, ...]) -> None:
    assert _answerers(_TITLE, intro, after) == {"Julia Renner"}


@pytest.mark.parametrize(
    ("title", "intro", "expected"),
    [
        # The interviewer named twice (named most) still never answers: nobody, not Holt.
        (
            _TITLE,
            (
                "Mira Holt, who has covered science since 2001, spoke to Julia Renner.",
                "Holt has written two books.",
            ),
            {None},
        ),
        # A real tie: two people, nothing frames either: nobody rather than a guess.
        (_TITLE, ("Julia Renner and Tobias Wend answered questions from readers.",), {None}),
        # Narration's "spoke to" in the intro: the headline's one name vouches for her...
        (
            "Julia Renner on her years in the lab",
            ("In 2019 Julia Renner spoke to Ada Kerr about funding.", "Renner now runs the lab."),
            {"Julia Renner"},
        ),
        # ... without a headline name, the phrase and the count disagree: nobody, never Kerr.
        (
            _TITLE,
            ("In 2019 Julia Renner spoke to Ada Kerr about funding.", "Renner now runs the lab."),
            {None},
        ),
        # "Y told X", and "spoke with" a side described as press: Y answers.
        (_TITLE, ("Julia Renner told Mira Holt about her years in the lab.",), {"Julia Renner"}),
        (_TITLE, ("Julia Renner spoke with Ledger writer Mira Holt.",), {"Julia Renner"}),
        (_TITLE, ("Julia Renner spoke to the Ledger about her career.",), {"Julia Renner"}),
        # "told X" with a clause after it reports what was told: no framing of Renner as asker.
        (
            _TITLE,
            (
                "Ada Kerr told Julia Renner the lab would close. Julia Renner spoke to the Ledger "
                "about what came next.",
            ),
            {"Julia Renner"},
        ),
    ],
)
def test_the_interviewer_never_answers(
    title: str, intro: tuple[str, ...], expected: set[str | None]
) -> None:
    assert _answerers(title, intro) == expected


_DOTTED = (
    "Mira Holt spoke to Julia Renner about her career.",
    "Q. When did you start?",
    "A. I started in 2009 in a small lab in Dunmere.",
    "Q. And then?",
    "A. Everything changed when the grant came.",
)


def test_full_stop_letters_are_turns() -> None:
    quotes = _quotes(_TITLE, *_DOTTED)
    answers = [(q.text, q.speaker) for q in quotes if q.kind == QuoteKind.DIRECT]
    assert answers == [(text, "Julia Renner") for text in _ANSWERS]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Initials opening paragraphs are names, however many.
        (
            "A. J. Kerr said the bridge would reopen in May.",
            "A. J. Kerr later said the cost had doubled.",
            "Q. Lund, the engineer, disagreed.",
            "Q. Lund said nothing more.",
        ),
        # Initials of one letter before surnames, twice each: no question asks, no interview.
        (
            "A. Kerr said the bridge would reopen in May.",
            "Q. Lund, the engineer, said it would not.",
            "A. Kerr later said the cost had doubled.",
            "Q. Lund said nothing more.",
        ),
        # One question and one answer lettered so: not enough to read an interview.
        (
            "Julia Renner runs the Dunmere lab.",
            "Q. When did you start?",
            "A. I started in 2009 in a small lab in Dunmere.",
        ),
    ],
)
def test_full_stop_letters_alone_are_no_interview(paragraphs: tuple[str, ...]) -> None:
    assert not [q for q in _quotes(_TITLE, *paragraphs) if q.kind == QuoteKind.DIRECT]


def test_an_initial_inside_a_dotted_interview_stays_a_name() -> None:
    paragraphs = (*_DOTTED, "A. J. Kerr said the lab would grow.")
    quotes = _quotes(_TITLE, *paragraphs)
    last = [q for q in quotes if q.paragraph == len(paragraphs) - 1]
    assert [(q.kind, q.speaker) for q in last] == [(QuoteKind.INDIRECT, "A. J. Kerr")]
