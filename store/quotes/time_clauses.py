"""A speech verb inside an opening time clause: "As Kerr spoke, the union urged “...”".

Read by extract's search for a quote's cue before it and by uncued. "When", "While", "After" (or
"before", "once", "until", "since") and a subject open a clause that only sets the time of the
main clause after its comma; "Although" and "Though" open one that only concedes, and read the
same way ("Although Kerr objected, the board called it “final”"); a quote in the main clause is
its own subject's, and the speaker of the time clause is no cue for it. "As" does so only with a
verb that carries no words ("As Kerr spoke,"): "As Kerr said, “...”" credits the quote.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event

_OPENERS = re.compile(
    r"\s*(?:(?:just|even)\s+)?(?P<word>as|when|while|after|before|once|until|since|although|"
    r"though)\s+$",
    re.IGNORECASE,
)
_WORDLESS = frozenset(("spoke", "speaks", "talked", "talks", "testified", "testifies"))
_QUOTING = ("“", '"', "\x01")


def in_time_clause(
    text: str, sentence_start: int, subject_at: int, verb_end: int, open_at: int
) -> bool:
    """True when the subject at `subject_at` opens its sentence after a time word, and the
    clause ends at a comma after its verb (ending at `verb_end`) before the quote opens."""
    opening = _OPENERS.fullmatch(text, sentence_start, subject_at)
    if opening is None:
        return False
    if opening["word"].casefold() == "as":
        verb = text[:verb_end].split()[-1].casefold() if text[:verb_end].split() else ""
        if verb not in _WORDLESS:
            return False
    comma = text.find(",", verb_end, open_at)
    return comma >= 0 and not any(mark in text[verb_end:comma] for mark in _QUOTING)


def untimed(events: list[Event], text: str, sentence_start: int, open_at: int) -> list[Event]:
    """The events that are not inside an opening time clause before the quote at `open_at`."""
    return [e for e in events if not in_time_clause(text, sentence_start, e.start, e.end, open_at)]
