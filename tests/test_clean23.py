"""scripts/corpus_overlap.py: which repository lines repeat the corpus (invented records)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts import load_script

overlap = load_script("corpus_overlap", as_name="corpus_overlap_under_test")


def _record(text: str, *speakers: str) -> dict[str, object]:
    return {"text": text, "quotes": [{"speaker": speaker} for speaker in speakers]}


RECORDS = [
    _record("Ada Kerr said the harbour will stay open all winter long.", *["Ada Kerr"] * 3),
    # "He" three times: a pronoun, no one's surname.
    _record("Tom Lind spoke once. He said the marsh is a bog.", "Tom Lind", "He", "He", "He"),
    # "Sterling" is quoted three times but written in lower case more often: a word.
    _record("Bo Sterling said sterling fell, sterling slid.", *["Bo Sterling"] * 3),
]


@pytest.mark.parametrize(
    ("line", "shares_a_run"),
    [
        ("# e.g. the harbour will stay open all winter", True),  # six words in a row
        ("# the harbour will stay shut", False),  # five, then another word
        ('"The Harbour  Will   stay open ALL winter"', True),  # case and spacing aside
    ],
)
def test_a_line_sharing_six_words_with_an_article_is_found(line: str, shares_a_run: bool) -> None:
    runs = overlap.corpus_runs(RECORDS, 6)
    words = overlap.words(line)
    found = any(tuple(words[i : i + 6]) in runs for i in range(len(words) - 5))
    assert found == shares_a_run


def test_only_full_named_speakers_quoted_three_times_count_as_names() -> None:
    # Kerr: three quotes; Lind: one; "He": no full name; Sterling: a word.
    assert overlap.quoted_surnames(RECORDS, 3) == {"Kerr"}


def test_an_absent_corpus_is_a_note_not_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert overlap.main(["--corpus", str(tmp_path / "none.jsonl")]) == 0
    assert "nothing to check" in capsys.readouterr().out
