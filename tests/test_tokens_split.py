"""store.search.tokens.words: the split of plain text gives the regex's tokens, faster."""

from __future__ import annotations

import re

import pytest

from store.search import tokens
from store.search.tokens import WORD, fold, words

CASES = [
    ("", []),
    ("Plain words, and punctuation; here!", ["plain", "words", "and", "punctuation", "here"]),
    ("snake_case and 42nd\tstreet\nnext", ["snake", "case", "and", "42nd", "street", "next"]),
    (
        "\u201cWe won\u2019t wait,\u201d she said \u2014 twice.",
        ["we", "won", "t", "wait", "she", "said", "twice"],
    ),
    ("\u2018Soon\u2019\u2026 maybe\u00a0not \u2013 yes", ["soon", "maybe", "not", "yes"]),
    ("Caf\u00e9 \u201cNo\u00ebl\u201d", ["cafe", "noel"]),  # accents fold: the regex path
    (
        "\u201c\u041c\u044b \u0433\u043e\u0442\u043e\u0432\u044b\u201d",
        ["\u043c\u044b", "\u0433\u043e\u0442\u043e\u0432\u044b"],
    ),
    ("x\u2015y \u00abz\u00bb", ["x", "y", "z"]),  # separators outside the list: the regex path
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_words_are_the_regex_tokens(text: str, expected: list[str]) -> None:
    assert words(text) == expected == WORD.findall(fold(text))


class _NoRegex:
    def findall(self, text: str) -> list[str]:
        raise AssertionError(f"the regex read {text!r}")


@pytest.mark.parametrize(
    "text", ["Plain words.", "\u201cQuoted,\u201d he said \u2014 and left\u2026", "no\u00a0break"]
)
def test_ascii_once_typographic_marks_are_spaces_is_split_without_the_regex(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    expected = WORD.findall(fold(text))
    monkeypatch.setattr(tokens, "WORD", _NoRegex())
    assert words(text) == expected


def test_every_ascii_separator_is_a_space() -> None:
    every = "".join(chr(code) for code in range(128))
    assert words(every) == re.findall(r"[^\W_]+", every.lower())
