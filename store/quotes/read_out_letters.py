"""Words read out from someone's letter are its writer's: "Judge Marsh read out a letter from
the victim: “…”" quotes the victim, not the judge.

The cue "read" has the reader for its subject, and the quote after it went to the reader.
senders.py already gives "X received a letter from Y:" to Y; here the reader's own verb is the
cue, so the sender between that verb and the marks takes it over. "Marsh read a statement:"
with no sender named stays the reader's (who read it, perhaps wrote it).
"""

from __future__ import annotations

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.people import position
from store.quotes.senders import sender
from store.quotes.speakers import Cast

_READING_VERBS = frozenset("read reads reading recited recites quoted quotes".split())
# How far the letter and its sender may run between the verb and the marks.
_REACH = 80


def letter_writer_event(span: QuotedSpan, own: Event | None, text: str, cast: Cast) -> Event | None:
    """The sender's event when `own` is a verb of reading out whose object, right before the
    marks, is a letter or statement from someone ("read out a letter from the victim:")."""
    if own is None or not own.verb.split() or own.verb.split()[0].casefold() not in _READING_VERBS:
        return None
    if not own.end <= span.open_at <= own.end + _REACH:
        return None
    stop = len(text[: span.open_at].rstrip(" :,—–-"))
    mention = sender(text, own.end, stop)
    if mention is None:
        return None
    speaker = cast.resolve(mention, position(span.paragraph, mention.start))
    return Event(mention, own.verb, mention.start, mention.end, speaker)
