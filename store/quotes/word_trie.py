"""One regex alternation for a set of words, written as a trie of their letters.

Python's regex engine tries the branches of an alternation one after another, so a list of
900 words costs 900 tries at every word of a paragraph; nested by shared prefixes, it costs a
letter or two at each level ("said|says|saying" becomes "sa(?:id|y(?:s|ing))").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# speech.py's word: letters, only the first capitalised, not followed by an apostrophe or hyphen.
_WORD_SHAPE = re.compile(r"[A-Za-z][a-z]+")
_END = ""  # the key that marks a word ending at a node
_Node = dict[str, "_Node"]


def word_trie(words: Iterable[str]) -> str:
    """A regex (no anchors) that matches exactly the given words, longest first at a shared
    prefix; it matches nothing when there are no words."""
    tree: _Node = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _branches(tree) if tree else "(?!)"


def _branches(node: _Node) -> str:
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = "|".join(options)
    if _END in node:
        return "(?:" + body + ")?"  # a word ends here, or a longer one goes on
    return body if len(options) == 1 else "(?:" + body + ")"


def words_shaped_like_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern whose matches in a text are exactly those of speech.py's word pattern
    (r"\\b[A-Za-z][a-z]+\\b(?![’'-])") that are among `words`; a word of another shape
    ("co-signed") could never be such a match, and is left out."""
    shaped = sorted(word for word in words if _WORD_SHAPE.fullmatch(word))
    if not shaped:
        return re.compile("(?!)")  # matches nothing
    # The lookahead changes no match but spares the trie every word opening with another
    # letter; after the word boundary, which turns away the letters inside words at once.
    first = "".join(sorted({word[0] for word in shaped}))
    return re.compile(r"\b" + f"(?=[{first}])" + word_trie(shaped) + r"\b(?![’'-])")
