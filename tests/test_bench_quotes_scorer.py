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
    ],
)
def test_surname_skips_numbers_suffixes_and_tails(name: str, expected: str) -> None:
    assert bench.surname(name) == expected
