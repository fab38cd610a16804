"""speed26: faster scans that find exactly what the slower ones found (invented text)."""

from __future__ import annotations

import random
import re

import pytest

from store.quotes.word_trie import words_shaped_like_word

# speech.py's word scan, the reference words_shaped_like_word must agree with.
_WORD = re.compile(r"\b[A-Za-z][a-z]+\b(?![’'-])")
_WORDS = {"said", "says", "saying", "Said", "told", "tells", "noted", "add", "added"}


def _reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text) if m.group() in _WORDS]


@pytest.mark.parametrize(
    "text",
    [
        "Renn said it, Kerr says so and Dunn, saying little, told them.",
        "Said Ivo Marsh: “No.” Then he added that he noted it.",
        "unsaid resaid saidx: the letters of a cue inside a longer word",
        "_said 9said ésaid said_ said9 saidé: word characters beside the cue",
        "said's say-so said- said’ told-him: an apostrophe or hyphen after it",
        "Told.Said,said;SAID Noted",  # punctuation between, capitals only first
        "add adds added addeds",  # a word of the set inside a longer one of it
        "",
    ],
)
def test_cue_scan_finds_what_the_word_scan_keeps(text: str) -> None:
    pattern = words_shaped_like_word(_WORDS)
    assert [m.span() for m in pattern.finditer(text)] == _reference(text)


def test_cue_scan_agrees_on_random_text() -> None:
    # Letters of the words, their neighbours that make or break a boundary, and separators.
    alphabet = [*"saidtoldnedS", "é", "_", "9", "'", "’", "-", " ", ".", ",", "“"]
    pattern = words_shaped_like_word(_WORDS)
    rng = random.Random(26)
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert [m.span() for m in pattern.finditer(text)] == _reference(text), text


def test_cue_scan_tests_the_boundary_before_the_first_letter() -> None:
    # The order is the speed: inside a word the boundary fails before the lookahead is run.
    assert words_shaped_like_word(_WORDS).pattern.startswith(r"\b(?=[")
