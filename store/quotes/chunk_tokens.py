"""The words a speaker's chunk before a cue verb may hold (speech.subject_before): letters,
digits and the marks inside names ("O’Dell", "U.S.", "AT&T", "Jean-Luc")."""

from __future__ import annotations

import re

CHUNK_TOKEN = re.compile(r"[\w’'.&-]*\w[\w’'.&-]*")


def chunk_token(word: str) -> bool:
    """True for a word CHUNK_TOKEN matches whole. Most words are letters alone, which
    str.isalnum() tells without the regex: its letters and digits are all \\w's."""
    return word.isalnum() or CHUNK_TOKEN.fullmatch(word) is not None
