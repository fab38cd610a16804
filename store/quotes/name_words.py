"""Lower-case words that may stand inside a name: Dutch "in 't", a body's "for" and "and".

Read by mentions.py, which is near its size limit.
"""

from __future__ import annotations

from collections.abc import Sequence

_DUTCH_ARTICLES = frozenset(("'t", "’t"))
BODY_NAME_JOINS = frozenset(("for", "and", "&"))


def dutch_particle(tokens: Sequence[tuple[str, int, int]], at: int) -> bool:
    """True for the "in 't" inside a name between its capitalised words ("Sophie in 't Veld")."""
    word = tokens[at][0].casefold()
    if word in _DUTCH_ARTICLES:
        return 0 < at < len(tokens) - 1
    following = tokens[at + 1][0].casefold() if at + 1 < len(tokens) else ""
    return word == "in" and following in _DUTCH_ARTICLES and 0 < at < len(tokens) - 2


def inside_body_name(word: str) -> bool:
    """A word of a body's name that may stand between a place link and the name's last words
    ("Center for", "Arts and")."""
    return word[:1].isupper() or word.casefold() in BODY_NAME_JOINS
