"""A dash before a speech verb that closes an aside, not a quote: "Tom Lind — a teacher from
Dover — says he chose Kerr" is Lind speaking, the dash no credit's ("“…” — says Kerr").

Read as a credit after marks, the verb took whatever name followed it ("Kerr", whom Lind
chose) at 0.95; an aside the sentence opened with a dash of its own, no quote between the
two dashes, is closed by this one, so the verb stands after its subject, not before it.
"""

from __future__ import annotations

from store.quotes.marks import MASK

_DASHES = "-–—"


def closes_dash_aside(text: str, sentence: int, verb_start: int) -> bool:
    """True when the dash right before the verb at `verb_start` closes a dash aside opened
    earlier in its sentence (from `sentence`), with no quoted words in between."""
    before = text[sentence:verb_start].rstrip()
    if not before or before[-1] not in _DASHES:
        return False
    inner = before[:-1].rstrip()
    opener = max(inner.rfind(f" {dash} ") for dash in _DASHES)
    return opener >= 0 and MASK not in inner[opener:] and not inner.endswith(("”", '"'))
