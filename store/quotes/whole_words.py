"""Whether a text writes a word whole, with no regex compiled for the word.

`re.search(rf"\\b{re.escape(word)}\\b", text)` compiles a pattern for every new word (a
person's surname): about half a millisecond each, and re's own cache of 512 patterns,
shared by every reader, drops them again over a long ingest. A plain search for the word,
with the word boundaries tested at each place it is found, answers the same.
"""

from __future__ import annotations


def _word_char(char: str) -> bool:
    # The characters re's \w matches in a str pattern: Unicode letters and digits, and "_".
    return char.isalnum() or char == "_"


def _boundary(text: str, at: int) -> bool:
    """What re's \\b says at `at`: a word character on exactly one side."""
    before = at > 0 and _word_char(text[at - 1])
    after = at < len(text) and _word_char(text[at])
    return before != after


def writes_word(text: str, word: str) -> bool:
    """True when `text` holds `word` with a word boundary on both sides, as
    `re.search(rf"\\b{re.escape(word)}\\b", text)` finds it."""
    at = text.find(word)
    while at >= 0:
        if _boundary(text, at) and _boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False
