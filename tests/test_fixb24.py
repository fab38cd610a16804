"""fixb24: rules that fired where they should not: a poll's figures read as an interview's
turns, a relative "that" run into a statement's subject, a comma before speech read as a
gesture, and a second verb of a statement's own subject cut off as its speaker's act."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Ada Kerr and Bo Renn are running for mayor of Dover."


def _quotes(*paragraphs: str, lede: str = LEDE) -> list[tuple[str, str, str | None]]:
    """(kind, text, speaker) of every quote after the lede."""
    article = Article(title="Harbour race", paragraphs=(lede, *paragraphs))
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(article).quotes]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A poll's figures under surname labels are nobody's words, however often repeated.
        (
            ("A poll in May found:", "Kerr: 40 percent", "Renn: 35 percent",
             "A second poll in June found:", "Kerr: 42 percent", "Renn: 33 percent"),
            [],
        ),
        (
            ("The count so far:", "Kerr: 1,204 votes", "Renn: 998 votes",
             "By midnight:", "Kerr: 2,310 votes", "Renn: 2,001 votes"),
            [],
        ),
        # Kept: an interview's answers, a figure too when it answers a question.
        (
            ("We asked her about the race.", "Ledger: Will you win?", "Kerr: Not this year.",
             "Ledger: By how much would you lose?", "Kerr: 10 percent, I would guess."),
            [
                ("direct", "Not this year.", "Ada Kerr"),
                ("direct", "10 percent, I would guess.", "Ada Kerr"),
            ],
        ),
    ],
)
def test_surname_labels_need_speech(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str, str | None]]
) -> None:
    assert _quotes(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "that" after the place's noun opens a relative clause, not the phrase's next word.
        ("Father Bo Renn said mass in the chapel that was built in 1820.", []),
        ("Bo Renn said prayers at the shrine this had replaced.", []),
        # Kept: a phrase of place before the verb of the noun's clause.
        (
            "Bo Renn said residents in the old town should boil their water.",
            [("indirect", "residents in the old town should boil their water", "Bo Renn")],
        ),
    ],
)
def test_a_relative_that_ends_the_placed_noun(
    paragraph: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _quotes(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A comma after the gesture's verb: the words in marks are spoken.
        (
            "Ada Kerr climbed onto the stage, waving, “We did it, Dover!”",
            [("direct", "We did it, Dover!", "Ada Kerr")],
        ),
        (
            'Bo Renn stood by the map, gesturing, "This is where the wall will go," he said.',
            [("direct", "This is where the wall will go", "Bo Renn")],
        ),
        # Kept: marks right after the verb are what the hands say.
        ("Ada Kerr waved “goodbye” to the crowd.", []),
        ("Asked about the wall, Bo Renn gestured “no” twice.", []),
    ],
)
def test_only_marks_right_after_a_gesture_are_gestured(
    paragraph: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [q for q in _quotes(paragraph) if q[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        # The statement's own subject can act: its second verb is still the statement's.
        (
            "Ada Kerr said the police arrived late and told the crowd to go home.",
            "the police arrived late and told the crowd to go home",
        ),
        (
            "Ada Kerr said the harbour board met in May and promised the crews a new pier.",
            "the harbour board met in May and promised the crews a new pier",
        ),
        # Kept: a subject that cannot act leaves the second verb to the speaker.
        (
            "Ada Kerr said the figures were alarming and promised a full review.",
            "the figures were alarming",
        ),
    ],
)
def test_a_second_verb_of_the_statements_own_subject(paragraph: str, statement: str) -> None:
    assert [q[1:] for q in _quotes(paragraph) if q[0] == "indirect"][:1] == [
        (statement, "Ada Kerr")
    ]


@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        # After a comma or "but" the writer turns back to the speaker's own act.
        (
            "Ada Kerr said the crews may not like the plan, but insists the port must close.",
            "the crews may not like the plan",
        ),
        (
            "Ada Kerr said the choir could keep rehearsing on Mondays, but said the hall is sold.",
            "the choir could keep rehearsing on Mondays",
        ),
    ],
)
def test_a_comma_or_but_leaves_the_second_verb_to_the_speaker(
    paragraph: str, statement: str
) -> None:
    assert [q[1:] for q in _quotes(paragraph) if q[0] == "indirect"][:1] == [
        (statement, "Ada Kerr")
    ]
