"""A capitalised word written as a group of people: "many more Latinos", "other Texans".

Read by speakers.Cast, which keeps such words with the places it has seen: neither is a
"he" or "she". A word narration counts ("several Ohioans", "most Democrats") is a plural
whatever its ending, and a pronoun after it means someone else.
"""

from __future__ import annotations

import string

from store.quotes.lexicon import word_set

_COUNTING = word_set(
    """
    many more most other some several few all both these those fellow
    two three four five six seven eight nine ten dozens hundreds thousands millions
    """
)
_ASCII_LETTERS = frozenset(string.ascii_letters)


def after_quantifier(text: str, start: int) -> bool:
    """True when the word before text[start:] counts a group: "many more Latinos"."""
    # Read without a regex (it runs at every capital of every paragraph): the letters that
    # end the last word of the 12 characters before, whitespace after them.
    window = text[max(0, start - 12) : start]
    if not window[-1:].isspace():
        return False
    words = window.split()
    word = words[-1] if words else ""
    if not (word.isascii() and word.isalpha()):  # "(many": the letters after the bracket
        at = len(word)
        while at and word[at - 1] in _ASCII_LETTERS:
            at -= 1
        word = word[at:]
    return word.casefold() in _COUNTING
