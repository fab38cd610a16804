"""A cue after a quote that opens a clause of its own, and so is not that quote's cue.

"Ada Kerr accuses Ivo Dunn of a “quiet coup” while Dunn says the vote was fair": the words
in marks are Kerr's, the subject of their own clause; "Dunn says" starts a new statement
after "while", with its own complement. A cue after the marks credits them only when it
closes their sentence or stands right after them ("“…” in 2019, Dunn said.", "…, said Dunn,
a lawyer"). So a later cue whose subject follows a clause conjunction ("while", "whereas",
", and", "but") and whose verb runs on into words of its own claims nothing before it.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event

# The conjunction right before the later cue's subject: "... while Dunn says", "..., and a
# former aide said", "... but Dunn says".
# A title or a determiner may stand between: "... and councillor Tom Vos says". Read back
# from the subject, with or without a comma before "and": unlike uncued._CLAUSE, which finds
# the last clause opening over a sentence, it asks whether this subject opens one.
_CONJUNCTION_BEFORE = re.compile(
    r"(?:\b(?:while|whereas)|,?\s+(?:and|but))\s+(?:[\w’'.-]+\s+){0,3}$"
)
# The verb runs on into its own complement: a word, a mark or "that", not a full stop, a
# comma before an appositive or time ("Dunn said, a lawyer ...", "Dunn said Monday.").
_COMPLEMENT_AFTER = re.compile(r"\s+(?:that\b|[“\"]|[a-z][\w’'-]*\s+[\w’'“\"-])")
# A verb of the later clause may be followed by a day or time and then stop: no complement.
_TIME_WORDS = frozenset(
    "today yesterday tonight monday tuesday wednesday thursday friday saturday sunday "
    "earlier later recently again".split()
)


def opens_own_clause(text: str, close_at: int, event: Event) -> bool:
    """True when a cue after a quote's closing mark starts a clause of its own: a subject
    after "while"/"and"/"but" and a verb with its own complement ("... while Dunn says the
    vote was fair"), which credits the words that follow it, not the quote before."""
    if event.inverted:
        return False  # "..., said Dunn": a credit, whatever stands before it
    subject_start = min(event.start, event.mention.start)
    if subject_start <= close_at:
        return False
    if not _CONJUNCTION_BEFORE.search(text, close_at + 1, subject_start):
        return False
    after = _COMPLEMENT_AFTER.match(text, event.end)
    if after is None:
        return False
    next_word = text[event.end :].split(maxsplit=1)[0].strip(",.;:").casefold()
    return next_word not in _TIME_WORDS
