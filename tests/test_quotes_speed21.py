"""Patterns rewritten for speed match exactly what their plain forms match.

Each rewrite leads with a character class so that the regex engine skips to it (or reads a
window without a regex); these tests hold each to the plain pattern it replaced, on invented
phrases and on random strings of the characters that matter to it.
"""

from __future__ import annotations

import random
import re

import pytest

from store.quotes.group_words import _COUNTING, after_quantifier
from store.quotes.lexicon import RUN_PARTICLES
from store.quotes.lone_names import _SUBJECT_PRONOUN
from store.quotes.name_words import _DUTCH as RUN_DUTCH
from store.quotes.name_words import _NAME_WORD, _TITLED, NAME_RUN
from store.quotes.nonspeakers import _SHARE, _share
from store.quotes.salience import _HE, _SHE

PLAIN_NAME_RUN = re.compile(
    r"(?=[A-Z])"
    + _NAME_WORD
    + r"(?:\s+(?:(?:"
    + "|".join((*RUN_PARTICLES, *RUN_DUTCH))
    + r")\s+)?"
    + _NAME_WORD
    + r")*"
)
PLAIN_HE = re.compile(r"\b(?:he|his|him|himself)\b", re.IGNORECASE)
PLAIN_SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
PLAIN_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
PLAIN_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")

PHRASES = [
    "Sen. Ada Kerr of Dunmore met Mr. Bo Renn and J.K. Lund.",
    "Then Ms. Vela, Lt. Gov. Tam and Dr Olin de Berg spoke; Mrs.Kerr did not.",
    "She told him herself that hers was his, and he said she hid it. HE and SHE.",
    "The theme, the shelf: Shelby's hershey, these heroes. ſhe said. İt was him.",
    "many more Ohioans, (several Texans and two-thirds of Kerr's staff",
    "52 percent of voters in Dunmore, one in 10 residents, half of the town said",
]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("text", PHRASES)
def test_name_run_matches_its_plain_form(text: str) -> None:
    assert _spans(NAME_RUN, text) == _spans(PLAIN_NAME_RUN, text)


def test_name_run_matches_its_plain_form_on_random_text() -> None:
    alphabet = [
        *_TITLED.split("|"),
        ".",
        " ",
        "A",
        "b",
        "de",
        "van",
        "'t",
        "’",
        "-",
        "J.",
        "x",
        "\n",
    ]
    for text in _random_texts(alphabet, 3000, seed=21):
        assert _spans(NAME_RUN, text) == _spans(PLAIN_NAME_RUN, text), text


@pytest.mark.parametrize(
    ("fast", "plain"),
    [(_HE, PLAIN_HE), (_SHE, PLAIN_SHE), (_SUBJECT_PRONOUN, PLAIN_SUBJECT_PRONOUN)],
)
def test_pronoun_patterns_match_their_plain_forms(
    fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    for text in PHRASES:
        assert fast.findall(text) == plain.findall(text), text
    alphabet = list("hHsSſeErRiIİımMlLf \x01.'-_1")
    for text in _random_texts(alphabet, 3000, seed=22):
        assert fast.findall(text) == plain.findall(text), text
        for at in range(len(text) + 1):  # searched from inside a text, as lone_names does
            fast_match, plain_match = fast.search(text, at), plain.search(text, at)
            assert (fast_match and fast_match.span()) == (plain_match and plain_match.span())


def _plain_after_quantifier(text: str, start: int) -> bool:
    before = PLAIN_WORD_BEFORE.search(text, max(0, start - 12), start)
    return before is not None and before[1].casefold() in _COUNTING


def test_after_quantifier_reads_as_its_plain_pattern() -> None:
    texts = [*PHRASES, *_random_texts(list("ab Many  \n\t,.-éMOREmore("), 3000, seed=23)]
    for text in texts:
        for start in range(len(text) + 1):
            assert after_quantifier(text, start) == _plain_after_quantifier(text, start)


def test_share_searched_from_the_last_punctuation_finds_the_same() -> None:
    words = ["52 percent of", "half of", "one in ten", ", ", ". ", "voters", "5.5 % of", "!"]
    rng = random.Random(24)
    texts = [*PHRASES, *(" ".join(rng.choice(words) for _ in range(6)) for _ in range(2000))]
    for text in texts:
        fast, plain = _share(text), _SHARE.search(text)
        assert (fast and fast.span()) == (plain and plain.span()), text
