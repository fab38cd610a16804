"""scripts/bench_adjudicated.py: hand verdicts correct the gold, and the repository file they are
kept in holds no names and no reader's free text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.scripts import load_script

bq = load_script("bench_quotes")
adj = load_script("bench_adjudicated", as_name="bench_adjudicated_under_test")
hv = load_script("hand_verdicts")

FIRST = "We will build it by spring"
SECOND = "It is a good day for the harbour"
TEXT = (
    "Harbour plan approved\n\n"
    f"“{FIRST},” said Mayor Ada Kerr on Monday.\n\n"
    f"Tom Lind, the harbour master, agreed. “{SECOND},” he said."
)


def _gold(quote: str, speaker: str, source: str) -> dict[str, object]:
    start = TEXT.index(quote)
    return {
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "speaker": speaker,
        "speaker_mention": speaker if source != "corenlp_coref" else "he",
        "speaker_from": source,
        "speaker_is_pronoun": False,
        "type": "direct",
        "cue": "said",
    }


def _result(second_speaker: str = "Ada Kerr") -> Any:
    # The second quote's gold is a coreference slip: "he" resolved to the mayor.
    record = {
        "doc_id": "invented/1",
        "split": "train",
        "text": TEXT,
        "quotes": [
            _gold(FIRST, "Ada Kerr", "gold_span"),
            _gold(SECOND, second_speaker, "corenlp_coref"),
        ],
    }
    doc = bq.to_doc(record)
    return bq.score(doc, bq.extract_quotes(doc.article))


def _verdict(quote: str, *names: str, is_quote: bool = True, audit: bool = False) -> Any:
    start = TEXT.index(quote)
    return hv.Verdict(
        hv.doc_key("invented/1"),
        start,
        start + len(quote),
        "gold",
        tuple(hv.Speaker.of(n) for n in names),
        is_quote,
        "gold",
        "gold-coref-wrong",
        True,
        audit,
    )


def _figures(*verdicts: object) -> Any:
    table = hv.Verdicts()
    for verdict in verdicts:
        table.add(verdict)
    return adj.adjudicate([_result()], table)


@pytest.mark.parametrize(
    ("verdicts", "raw", "adjudicated"),
    [
        # No verdict: the adjudicated figure is the raw one.
        ((), (1, 2), (1, 2)),
        # The reader names the harbour master: our answer is right after all.
        ((_verdict(SECOND, "Tom Lind"),), (1, 2), (2, 2)),
        # A verdict confirming the gold changes nothing.
        ((_verdict(SECOND, "Ada Kerr"),), (1, 2), (1, 2)),
        # Nobody's words (a term) or a speaker nobody can know: left out, not counted right.
        ((_verdict(SECOND, is_quote=False),), (1, 2), (1, 1)),
        ((_verdict(SECOND),), (1, 2), (1, 1)),
    ],
)
def test_verdicts_replace_the_gold_speaker(
    verdicts: tuple[object, ...], raw: tuple[int, int], adjudicated: tuple[int, int]
) -> None:
    fig = _figures(*verdicts)
    assert (fig.raw["all direct"].hit, fig.raw["all direct"].total) == raw
    rate = fig.adjudicated["all direct"]
    assert (rate.hit, rate.total) == adjudicated


def test_the_bench_counts_our_answer_as_the_gold_would() -> None:
    # The fixture's point: the extractor gives the second quote to the harbour master.
    result = _result()
    assert [g.predicted for g in result.golds] == ["Ada Kerr", "Tom Lind"]
    assert [g.right for g in result.golds] == [True, False]


def test_estimate_scales_unread_agreements_by_the_audit() -> None:
    fig = _figures(_verdict(SECOND, "Tom Lind"))
    # One unread agreement (the first quote): at an audit share of 0.5 it counts half.
    named, described, _ = adj.STRATA
    assert adj.estimate(fig, "all direct", {named: 1.0, described: 0.0}) == 1.0
    assert adj.estimate(fig, "all direct", {named: 0.5, described: 1.0}) == 0.75


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        ("Ada Kerr", "named gold"),
        ("Mayor Kerr", "named gold"),
        ("the letter", "described gold"),
        ("the 46-year-old", "described gold"),
        ("a spokesman for the Harbour Board", "named gold"),  # a body is a name
        ("Attorneys for Kerr", "named gold"),
    ],
)
def test_strata_part_names_from_descriptions(gold: str, expected: str) -> None:
    quote = bq.Gold(0, 1, gold, bq.GoldClass.NAMED, "direct", 1, (0, 1))
    assert adj.stratum(quote) == expected
    fragment = bq.Gold(0, 1, gold, bq.GoldClass.NAMED, "mixed", 1, (0, 1))
    assert adj.stratum(fragment) == "mixed gold"


def test_a_verdict_on_an_extracted_span_survives_a_small_shift() -> None:
    doc = bq.to_doc({"doc_id": "invented/1", "split": "train", "text": TEXT, "quotes": []})
    quote = next(q for q in bq.extracted(doc, bq.extract_quotes(doc.article)) if q.block == 2)
    table = hv.Verdicts()
    # Read when the extractor's span began one word later.
    start = TEXT.index("is a good day")
    table.add(
        hv.Verdict(
            hv.doc_key(doc.doc_id), start, quote.end, "extracted", (), True, "", "", True, False
        )
    )
    assert table.for_extracted(doc, quote) is not None


def test_import_keeps_no_names_and_no_free_text(tmp_path: Path) -> None:
    start = TEXT.index(SECOND)
    item: dict[str, object] = {"id": f"invented/1:{start}:{start + len(SECOND)}"}
    item["doc_id"] = "invented/1"
    item |= {"start": start, "end": start + len(SECOND), "on": "gold", "why": "audit: x"}
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps(item) + "\n")
    first = {"id": item["id"], "speaker": "Ada Kerr", "fault": "neither", "kind": "none"}
    again = {
        "id": item["id"],
        "speaker": "Tom Lind",
        "also": ["the harbour master"],
        "fault": "gold",
        "kind": "gold-coref-wrong: 'he' after Tom Lind agreed",
    }
    answers = tmp_path / "answers.jsonl"
    answers.write_text(json.dumps(first) + "\n" + json.dumps(again) + "\n")
    into = tmp_path / "verdicts.jsonl"
    hv.import_verdicts(items, [answers], into)
    stored = into.read_text()
    assert "Lind" not in stored and "Kerr" not in stored and "agreed" not in stored
    assert "invented" not in stored  # corpus doc ids carry their titles' words
    (verdict,) = hv.load_verdicts(into).on_gold.values()
    assert verdict.kind == "gold-coref-wrong" and verdict.audit
    assert verdict.right("Tom Lind") and verdict.right("Lind")
    assert not verdict.right("Ada Kerr") and not verdict.right(None)


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        ("Tom Lind", True),
        ("Lind", True),  # a bare surname cannot be told from a namesake: accepted
        ("Senator Tom Lind", True),
        ("Ruth Lind", False),  # his wife, quoted in the same article
        # The article names him: a description does not answer, though the reader accepts it.
        ("the harbour master", False),
        ("Ada Kerr", False),
        (None, False),
    ],
)
def test_a_namesake_is_not_the_speaker(predicted: str | None, right: bool) -> None:
    verdict = _verdict(SECOND, "Tom Lind", "the harbour master")
    assert verdict.right(predicted) is right


@pytest.mark.parametrize(
    ("accepted", "predicted", "right"),
    [
        # A described speaker: the same head noun, and every proper word of it in ours.
        (("a campaign spokesman",), "the spokesman", True),
        (("the Kerr campaign",), "the campaign", False),
        (("the Kerr campaign",), "Kerr's campaign", True),
        (("the Kerr campaign",), "Kerr", False),
        # Namesakes by any first word before the surname; titles and "The" are not initials.
        (("House Speaker Tom Lind",), "Tom Lind", True),
        (("The Harbour Post",), "Harbour Post", True),
        (("Donald J. Lind",), "Ruth Lind", False),
        # A body named by its name is not answered by its description.
        (("the Interior Ministry",), "the ministry", False),
    ],
)
def test_described_and_named_speakers_match_strictly(
    accepted: tuple[str, ...], predicted: str, right: bool
) -> None:
    assert _verdict(SECOND, *accepted).right(predicted) is right
