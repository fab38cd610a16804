"""A verb right after a single closing mark: British copy's "'We are ready,' said Tom Vale".

Single marks quote as double ones do in much British and Irish copy, so a verb after one is
inverted like "“...,” said Tom Vale". An apostrophe closes a quote only when the quote's
masked words stand right before it ("the players' said" closes none).
"""

from __future__ import annotations

from store.quotes.marks import MASK

_SINGLE_CLOSERS = ("'", "’")


def after_single_close(text: str, at: int) -> bool:
    """True when the (masked) narration before `at` ends with a quote's single closing mark,
    its comma inside or after it: "\x01\x01,' said", "\x01\x01’, said"."""
    before = text[max(0, at - 4) : at].rstrip().rstrip(",").rstrip()
    return before.endswith(_SINGLE_CLOSERS) and before[-2:-1] == MASK
