"""Speed rewrites that must read exactly what the code they replace read: where a sentence
starts found by bisection (store.quotes.sentences.start_of_sentence), and sentences opening
on "he" or "she" found past any whitespace (store.quotes.salience.pronoun_subjects)."""

from __future__ import annotations

import pytest

from store.quotes.salience import pronoun_subjects
from store.quotes.sentences import sentence_ends, start_of_sentence


@pytest.mark.parametrize(
    ("ends", "at", "start"),
    [
        ([], 5, 0),  # one sentence: it starts at the text's start
        ([10, 25, 40], 3, 0),  # before the first end
        ([10, 25, 40], 10, 10),  # right at an end: the next sentence starts there
        ([10, 25, 40], 24, 10),
        ([10, 25, 40], 39, 25),
        ([10, 25, 40], 90, 40),  # past the last end
    ],
)
def test_a_sentence_starts_at_the_last_end_before_it(ends: list[int], at: int, start: int) -> None:
    assert start_of_sentence(ends, at) == start
    assert start_of_sentence(ends, at) == max((e for e in ends if e <= at), default=0)


@pytest.mark.parametrize(
    ("text", "offsets"),
    [
        ("Ada Kerr spoke first. He thanked the crowd. She left early.", [22, 44]),
        ("Kerr spoke.\u00a0He left.\u2003\u2003She stayed.", [12, 22]),  # no-break, em spaces
        ("\n\tHe spoke.  She left.", [2, 13]),  # a line break and a tab opening the text
        ("The vote came late. Then it ended.", []),
    ],
)
def test_pronoun_subjects_are_read_past_any_whitespace(text: str, offsets: list[int]) -> None:
    found = pronoun_subjects(text, sentence_ends(text))
    assert [offset for _, offset, _ in found] == offsets
