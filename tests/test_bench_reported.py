"""The benchmark's own reading of reported speech (scripts/reported_misses.py): which gold
fragments are wholly in marks, and which are plainly reported statements."""

from __future__ import annotations

import pytest

from tests.scripts import load_script

rm = load_script("reported_misses")


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # The marks hold the whole statement: after the cue, a comma, a colon, or alone.
        ("Holm said that “", "” on Monday.", False),  # the writer's words go on after it
        ("Holm said that “", ".”", True),
        ("Holm told reporters “", ",” he added.", True),
        ("“", ",” Holm said.", True),
        ("He concluded, “", ".” Then he left.", True),
        # Quoted words inside the writer's clause are a fragment of a paraphrase.
        ("Holm said the talks were “", "” for both sides.", False),
        ("Holm called Berg “", ".”", False),
    ],
)
def test_wholly_quoted(before: str, after: str, expected: bool) -> None:
    assert rm.wholly_quoted(before, after) is expected


@pytest.mark.parametrize(
    ("sentence", "fragment", "expected"),
    [
        ("Holm said the fleet was “far too small for the north.”", "far too small for the north", True),
        ("The harbour is, according to Holm, “far too small for the north.”", "far too small for the north", True),
        ("Holm said the fleet was “tiny.”", "tiny", False),  # fewer than four words
        ("The so-called “far too small fleet” sailed.", "far too small fleet", False),  # no cue
    ],
)
def test_plainly_reported(sentence: str, fragment: str, expected: bool) -> None:
    assert rm.plainly_reported(sentence, fragment) is expected
