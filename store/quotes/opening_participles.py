"""An opening participle phrase with no comma after it: "After leaving the meeting Ada Kerr
said".

A subject that stops before a participle ("Protesters marching through the streets
chanted") is the word before it; but when that word is a preposition opening the chunk
("After", "While", "Before"), the participle's phrase opens the sentence, and its subject
is the name after the phrase, not the preposition.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

_OPENERS = word_set("after before while since upon on when by without despite")


def opens_phrase(tokens: list[tuple[int, str]], first: int, index: int, at: int) -> bool:
    """True when the -ing word at `index` follows a preposition that opens the chunk and a
    capitalised name ends it (a lower-case word there is no one named: left unread)."""
    opener = index - 1 == first and tokens[first][1].casefold() in _OPENERS
    return opener and tokens[at - 1][1][:1].isupper()
