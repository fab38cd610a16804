"""Where an article writes one word (store/quotes/word_places.py): the boundaries each of the
junk check's questions had as a pattern. Invented text."""

from __future__ import annotations

import pytest

from store.quotes.word_places import word_places


@pytest.mark.parametrize(
    ("word", "text", "capitals", "alone", "after"),
    [
        # (word, text, capitalised words before it, places standing alone, lower words after)
        (
            "Pike",
            "Dr. Pike met Mayor  Pike. Pike said",
            [("Dr", True), ("Mayor", False), ("Pike", True)],
            [4, 20, 26],
            ["met", "said"],
        ),
        (
            "Kerr",
            "Ada Kerr’s crew; Bo Kerr-Lee; AKerr; Kerr",
            [("Ada", False), ("Bo", False)],
            [37],
            [],
        ),
        ("Lee", "x.Lee ,Lee Lee, Lee", [("Lee", False)], [2, 7, 11, 16], []),
        # A word ending on an apostrophe ends a word only before a letter, as `\b` has it.
        ("Jo’", "Mr Jo’ said; Jo’s", [], [3], ["said"]),
    ],
)
def test_word_places(
    word: str, text: str, capitals: list[tuple[str, bool]], alone: list[int], after: list[str]
) -> None:
    places = word_places(word, text)
    assert places.capitals_before() == capitals
    assert places.alone() == alone
    assert places.lower_words_after() == after
