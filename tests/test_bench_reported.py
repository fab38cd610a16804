"""The benchmark's own reading of reported speech (scripts/reported_misses.py): which gold
fragments are wholly in marks, and which are plainly reported statements."""

from __future__ import annotations

from typing import Any

import pytest

from store.models import Attribution, Quote, QuoteKind
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
        (
            "Holm said the fleet was “far too small for the north.”",
            "far too small for the north",
            True,
        ),
        (
            "The harbour is, according to Holm, “far too small for the north.”",
            "far too small for the north",
            True,
        ),
        ("Holm said the fleet was “tiny.”", "tiny", False),  # fewer than four words
        ("The so-called “far too small fleet” sailed.", "far too small fleet", False),  # no cue
    ],
)
def test_plainly_reported(sentence: str, fragment: str, expected: bool) -> None:
    assert rm.plainly_reported(sentence, fragment) is expected


# --- the issue's own measure: plainly reported statements found as indirect quotes

bench = load_script("bench_quotes", as_name="bench_quotes_plain_reported")

_TITLE = "Harbour plan.\n\n"
_PARAGRAPH = "Holm said the fleet was “far too small for the north” and must grow."
_TERM = "The “tiny fleet” sailed."


def _doc(paragraphs: list[str], fragments: list[str]) -> Any:
    text = _TITLE + "\n\n".join(paragraphs)
    quotes = []
    for fragment in fragments:
        start = text.index(fragment)
        quotes.append(
            {
                "quote": fragment,
                "start": start,
                "end": start + len(fragment),
                "speaker": "Ida Holm",
                "speaker_mention": "Holm",
                "speaker_from": "gold_span",
                "speaker_is_pronoun": False,
                "type": "mixed",
                "cue": "said",
            }
        )
    record = {"doc_id": "t", "split": "train", "text": text, "quotes": quotes}
    return bench.to_doc(record)


def _indirect(paragraph: int, text: str, words: str, speaker: str | None) -> Any:
    start = text.index(words)
    return Quote(
        text=words,
        speaker=speaker,
        role=None,
        cue="said",
        kind=QuoteKind.INDIRECT,
        paragraph=paragraph,
        start=start,
        end=start + len(words),
    )


_CLAUSE = "the fleet was “far too small for the north” and must grow"


@pytest.mark.parametrize(
    ("quotes", "recall", "precision"),
    [
        # The indirect quote holds the fragment with its speaker: found, and right.
        ([(_PARAGRAPH, _CLAUSE, "Ida Holm")], (1, 1), (1, 1)),
        # Another speaker holds it: missed, and a wrong one in precision.
        ([(_PARAGRAPH, _CLAUSE, "Per Lund")], (0, 1), (0, 1)),
        # Nothing holds it: missed, nothing to judge (a direct quote of it does not count).
        ([], (0, 1), (0, 0)),
    ],
)
def test_plain_reported_reads_only_indirect_quotes_of_plain_statements(
    quotes: list[tuple[str, str, str]], recall: tuple[int, int], precision: tuple[int, int]
) -> None:
    # The term ("tiny fleet", no cue, under four words) is in neither line.
    doc = _doc([_PARAGRAPH, _TERM], ["far too small for the north", "tiny fleet"])
    extracted = [_indirect(0, para, words, who) for para, words, who in quotes]
    result = bench.score(doc, Attribution(quotes=tuple(extracted)))
    got = bench.plain_reported([result])
    assert (got.recall.hit, got.recall.total) == recall
    assert (got.precision.hit, got.precision.total) == precision
    # The fragment sits inside the writer's paraphrase: the same in the paraphrased lines.
    assert (got.paraphrased_recall.hit, got.paraphrased_recall.total) == recall
    assert (got.paraphrased_precision.hit, got.paraphrased_precision.total) == precision


def test_plain_reported_leaves_direct_layouts_out_of_the_paraphrased_lines() -> None:
    paragraph = "“The fleet is far too small for the north,” Holm said on Monday."
    doc = _doc([paragraph], ["The fleet is far too small for the north"])
    got = bench.plain_reported([bench.score(doc, Attribution())])
    assert (got.recall.hit, got.recall.total) == (0, 1)
    assert (got.paraphrased_recall.hit, got.paraphrased_recall.total) == (0, 0)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("“", True),  # the mark opens the sentence
        ("The talks failed. “", True),
        ("Holm said, “", True),  # after a comma or a colon
        ("Holm added: “", True),
        ("Holm said that “", True),  # the cue hands the marks its whole clause
        ("Holm told reporters “", True),
        # Inside the writer's paraphrase: the writer's words come right before the mark.
        ("Holm said the fleet was “", False),
        ("Holm said the plan was a “", False),
        ("Holm called the plan “", False),
    ],
)
def test_laid_out_as_direct(before: str, expected: bool) -> None:
    assert rm.laid_out_as_direct(before) is expected
