"""Where an article writes one word, found in one pass, and what stands around each place.

The junk check asks several questions of a lone speaker's word (is a first name or a title
before it somewhere, does it only open sentences, what word follows it): each used to compile
its own pattern and scan the whole article. The places are found once with a plain substring
search, and each question reads only the few characters around them, with the boundaries its
pattern had: `\\bWord` (no word character before), a word standing alone (no word character,
apostrophe or hyphen on either side).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD_CHAR = re.compile(r"\w")
_LOOSE_CHAR = re.compile(r"[\w’'-]")
_NEXT_LOWER = re.compile(r"\s+([a-z]+)")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class WordPlaces:
    """Every offset where `word` stands in `text`, parts of longer words too."""

    word: str
    text: str
    starts: tuple[int, ...]

    def bounded(self) -> list[int]:
        """Places with no word character before them: `\\bWord`."""
        return [at for at in self.starts if not _is(_WORD_CHAR, self.text, at - 1)]

    def alone(self) -> list[int]:
        """Places with no word character, apostrophe or hyphen on either side."""
        end = len(self.word)
        return [
            at
            for at in self.starts
            if not _is(_LOOSE_CHAR, self.text, at - 1) and not _is(_LOOSE_CHAR, self.text, at + end)
        ]

    def capitals_before(self) -> list[tuple[str, bool]]:
        """The capitalised word before each place ending a word (`Word\\b`), spaces between:
        "Mayor" of "Mayor Young", ("Dr", True) of "Dr. Pike"; the bool: a full stop after it."""
        found = []
        for at in self.starts:
            if not self._ends_a_word(at):
                continue
            before = _capital_before(self.text, at)
            if before is not None:
                found.append(before)
        return found

    def lower_words_after(self) -> list[str]:
        """The lower-case word after each bounded place, spaces between: "said" of "Kerr
        said"."""
        found = []
        for at in self.bounded():
            match = _NEXT_LOWER.match(self.text, at + len(self.word))
            if match is not None:
                found.append(match[1])
        return found

    def _ends_a_word(self, at: int) -> bool:
        end = at + len(self.word)
        return _is(_WORD_CHAR, self.text, end - 1) != _is(_WORD_CHAR, self.text, end)


def word_places(word: str, text: str) -> WordPlaces:
    """Every place `word` is written in `text`, overlapping ones too."""
    starts = []
    at = text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + 1)
    return WordPlaces(word, text, tuple(starts))


def _is(kind: re.Pattern[str], text: str, at: int) -> bool:
    return 0 <= at < len(text) and kind.match(text, at) is not None


def _capital_before(text: str, at: int) -> tuple[str, bool] | None:
    """The word `[A-Z][a-z]*` that ends, a full stop after it or not, just before the spaces
    before `at`, with no word character before it; None when there is none."""
    end = at
    while end > 0 and _is(_SPACE, text, end - 1):
        end -= 1
    if end == at:
        return None
    dot = end > 0 and text[end - 1] == "."
    stop = end - 1 if dot else end
    start = stop
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    capital = start - 1
    if capital < 0 or not "A" <= text[capital] <= "Z" or _is(_WORD_CHAR, text, capital - 1):
        return None
    return text[capital:stop], dot
