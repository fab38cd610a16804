"""scripts/bench_quotes.py's speaker matching: equal name forms match, different people never."""

from __future__ import annotations

import pytest

from tests.scripts import load_script

bench = load_script("bench_quotes", as_name="bench_quotes_under_test")


def _quote(speaker: str, mention: str, cue: str, pronoun: bool = False) -> dict[str, object]:
    return {
        "speaker": speaker,
        "speaker_mention": mention,
        "speaker_is_pronoun": pronoun,
        "cue": cue,
    }


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # The annotator put the verb in the speaker field and the name in the cue field.
        (_quote("said", "said", "Ada Kerr"), ("Ada Kerr", "Ada Kerr", False)),
        (_quote("said in a statement", "said in a statement", "Kerr"), ("Kerr", "Kerr", False)),
        (_quote("According to", "According to", "Dorn"), ("Dorn", "Dorn", False)),
        # Swapped onto a pronoun: a bare pronoun, which the benchmark leaves unscored.
        (_quote("said", "said", "he"), ("he", "he", True)),
        # A span run on into the next quote or a dash aside: the name before it.
        (
            _quote('Kerr "We will win."', 'Kerr "We will win."', "said"),
            ("Kerr", 'Kerr "We will win."', False),
        ),
        (
            _quote("Kerr — a former mayor —", "Kerr — a former mayor —", "said"),
            ("Kerr", "Kerr — a former mayor —", False),
        ),
        # A person's document stands for the person; a body's staff never do.
        (
            _quote("Kerr’s letter", "Kerr’s letter", "makes a case:"),
            ("Kerr", "Kerr’s letter", False),
        ),
        (
            _quote("Ada Kerr's words", "Ada Kerr's words", "in"),
            ("Ada Kerr", "Ada Kerr's words", False),
        ),
        (_quote("Kerr's aides", "Kerr's aides", "said"), ("Kerr's aides", "Kerr's aides", False)),
        (
            _quote("the campaign's statement", "the campaign's statement", "said"),
            ("the campaign's statement", "the campaign's statement", False),
        ),
        # Ordinary gold stays as it is, including a speaker whose name starts like a verb.
        (_quote("Ada Kerr", "Kerr", "said"), ("Ada Kerr", "Kerr", False)),
        (_quote("Saidi Obo", "Saidi Obo", "said"), ("Saidi Obo", "Saidi Obo", False)),
        (
            _quote("Rothwell-Dane Report", "the Rothwell-Dane Report", "said"),
            ("Rothwell-Dane Report", "the Rothwell-Dane Report", False),
        ),
    ],
)
def test_gold_speaker_mends_annotation_slips(
    quote: dict[str, object], expected: tuple[str, str, bool]
) -> None:
    assert bench.gold_speaker(quote) == expected


PERSONS = frozenset(("Jo Ames", "Bo Dorn", "the officer"))


@pytest.mark.parametrize(
    ("mention", "predicted", "expected"),
    [
        # The gold speaker was normalised to the firm; the mention's head is the person.
        ("Jo Ames of the consulting firm Acme", "Jo Ames", True),
        ("pollster Jo Ames, who runs Acme", "Jo Ames", True),
        # A different person named inside the mention is never its head.
        ("Jo Ames's spokesman Bo Dorn", "Jo Ames", False),
        ("Bo Dorn, an aide to Jo Ames", "Jo Ames", False),
        # Descriptions and one-word names are left to the speakers table.
        ("the officer", "the officer", False),
        ("Ames of Acme", "Ames", False),
        # Only persons of the article's speakers table.
        ("Cy Renn of Acme", "Cy Renn", False),
    ],
)
def test_headed_by_needs_the_full_name_as_the_mentions_head(
    mention: str, predicted: str, expected: bool
) -> None:
    assert bench.headed_by(mention, predicted, PERSONS) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Isaiah 45:1", "isaiah"),
        ("Gov. Ada Kerr of Ohio", "kerr"),
        ("Bo Renn Jr.", "renn"),
        ("Kerr", "kerr"),
        ("Ada Kerr herself", "kerr"),
        ("Kerr himself", "kerr"),
    ],
)
def test_surname_skips_numbers_suffixes_reflexives_and_tails(name: str, expected: str) -> None:
    assert bench.surname(name) == expected


def _miss(
    text: str, quoted: str, speaker: str | None, how: str | None, gold: str, gold_type: str
) -> object:
    """An extracted direct quote judged wrong: against a named gold quote, or no gold."""
    start = text.index(quoted)
    quote = bench.Extracted("direct", start, start + len(quoted), 1, (0, 1), speaker, how, 0.7)
    basis = bench.GoldClass.NAMED if gold_type else None
    return bench.Judged(quote, bool(gold_type), basis, False, gold, gold_type)


@pytest.mark.parametrize(
    ("text", "quoted", "speaker", "how", "gold", "gold_type", "cause"),
    [
        # Found with no speaker: the kind and its gold say it all.
        (
            "He spoke. “We won the vote.”",
            "We won the vote.",
            None,
            None,
            "",
            "",
            "no speaker (no gold)",
        ),
        # No gold at all: a few words are a scare quote or a term, more are unannotated.
        (
            "The “quiet” plan.",
            "quiet",
            "Ada Kerr",
            "named",
            "",
            "",
            "no gold, short: scare quote or term",
        ),
        (
            "Kerr: “We will build a new quay this year.”",
            "We will build a new quay this year.",
            "Ada Kerr",
            "layout",
            "",
            "",
            "no gold, longer",
        ),
        # The gold credits the outlet that relayed the quote, not its speaker.
        (
            "“We will win,” Kerr said, according to the Harbour Post.",
            "We will win,",
            "Ada Kerr",
            "surname",
            "Harbour Post",
            "mixed",
            "wrong speaker, mixed: gold credits the relaying source",
        ),
        (
            "“We will win,” Kerr said.",
            "We will win,",
            "Ada Kerr",
            "surname",
            "a transcript of the show",
            "mixed",
            "wrong speaker, mixed: gold credits the relaying source",
        ),
        # A heading in capitals as gold speaker; an acronym is no heading.
        (
            "HARBOUR NEWS Kerr said the quay was “a mess.”",
            "a mess.",
            "Ada Kerr",
            "named",
            "HARBOUR NEWS",
            "mixed",
            "wrong speaker, mixed: gold speaker is a heading",
        ),
        (
            "The PAC said it was “a mess.”",
            "a mess.",
            "Ada Kerr",
            "pronoun",
            "PAC",
            "direct",
            "wrong speaker, direct: pronoun",
        ),
    ],
)
def test_e2e_cause_reads_each_miss(
    text: str,
    quoted: str,
    speaker: str | None,
    how: str | None,
    gold: str,
    gold_type: str,
    cause: str,
) -> None:
    judged = _miss(text, quoted, speaker, how, gold, gold_type)
    miss = bench.e2e_miss(judged)
    assert miss is not None
    assert bench.e2e_cause(judged, miss, text) == cause
