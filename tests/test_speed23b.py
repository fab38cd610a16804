"""Short cuts of the event readers (speed23b) that must say what the long way says.

Invented text. Each short cut skips work when a cheap test shows it would find nothing: the
cases are the ones where the cheap test must NOT skip (a phrase cue, an "according to" with no
verb, a bare surname two people bear, events at a paragraph's first and last sentence).
"""

from __future__ import annotations

import re

import pytest

from store.models import Article, AttributionHow
from store.quotes import speech
from store.quotes.attributions import find_events, narration
from store.quotes.cast_names import read_names
from store.quotes.cue_gates import _PHRASES, PHRASE_FIRST_WORDS
from store.quotes.extract import extract_quotes
from store.quotes.speakers import Cast
from store.quotes.speech import speech_verbs


def test_every_phrase_first_word_is_one_the_word_scan_sees() -> None:
    # speech_verbs skips gated_cues when its scan met no phrase's first word: each must have
    # the scan's word shape, or a phrase would be missed.
    assert {phrase.split()[0] for phrase in _PHRASES} == PHRASE_FIRST_WORDS
    assert all(re.fullmatch(r"[a-z]{2,}", word) for word in PHRASE_FIRST_WORDS)


class _EveryWord(frozenset[str]):
    """A set holding every word: speech_verbs then never takes its short cut."""

    def __contains__(self, word: object) -> bool:
        return True


@pytest.mark.parametrize(
    "text",
    [
        "“That is not true,” Nils Orr cut in.",  # a phrase, no gated single word
        "“We are ready,” Ada Kerr piped up, and Tom Lind said so too.",
        "Kerr could only quip that the plan was late.",  # a gated word, no phrase
        "Ada Kerr said the vote was close.",  # neither: the short cut is taken
        "The haircut in the photo was new, Ada Kerr said.",  # "cut in" inside a word
    ],
)
def test_speech_verbs_are_those_of_the_full_gated_scan(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = speech_verbs(text)
    monkeypatch.setattr(speech, "PHRASE_FIRST_WORDS", _EveryWord())
    assert short == speech_verbs(text)


def test_a_phrase_cue_is_still_found() -> None:
    assert "cut in" in [verb for _, _, verb in speech_verbs("“No,” Nils Orr cut in.")]


def _events(paragraph: str) -> list[tuple[str, str]]:
    text = narration(paragraph)
    cast = Cast()
    read_names(cast, 0, text, text, paragraph)
    return [(e.verb, e.speaker.name if e.speaker else "") for e in find_events(text, 0, cast)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # No cue verb: only "according to" gives an event (find_events' short cut must not
        # drop it).
        ("The port will close in May, according to Ada Kerr.", [("according to", "Ada Kerr")]),
        ("The port will close in May, the harbour board decided.", []),
        ("The port will close in May.", []),
    ],
)
def test_events_of_a_paragraph_without_a_cue_verb(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert _events(paragraph) == expected


def test_reported_statements_of_the_first_and_last_sentence() -> None:
    # Each event's sentence is bisected from the paragraph's ends: the first sentence starts
    # at 0, the last one ends at the paragraph's end.
    article = Article(
        title="Port plan",
        paragraphs=(
            "Ada Kerr said the port would close in May. The board met on Monday. "
            "Tom Lind said the vote would be close.",
        ),
    )
    statements = [
        (q.speaker, q.text) for q in extract_quotes(article).quotes if q.kind == "indirect"
    ]
    assert statements == [
        ("Ada Kerr", "the port would close in May"),
        ("Tom Lind", "the vote would be close"),
    ]


def test_a_bare_surname_two_people_bear_is_still_hedged() -> None:
    # hedged reads caps only when a statement is credited by a bare surname: this one is.
    article = Article(
        title="Port plan",
        paragraphs=(
            "Ada Kerr and her brother Tom Kerr run the ferry line.",
            "Kerr said the port would close in May.",
        ),
    )
    reported = [q for q in extract_quotes(article).quotes if q.kind == "indirect"]
    assert [q.how for q in reported] == [AttributionHow.SURNAME]
    assert all(q.confidence < 0.9 for q in reported)
