"""A question's cue right after its mark: "“Why now?” Quill asked." ends its sentence at the
mark, yet the name and verb right after it are still its cue (moved out of extract.py)."""

from __future__ import annotations

from store.quotes.answered_questions import answers_question
from store.quotes.attributions import Event
from store.quotes.credit_appositives import closed_aside
from store.quotes.marks import QuotedSpan
from store.quotes.sentences import sentence_ends
from store.quotes.speech import perceived_start

# Words a cue's sentence may run on after its verb: "Quill asked the crews at the pier."
ASKED_REACH = 6


def asked_after(span: QuotedSpan, events: list[Event], text: str) -> Event | None:
    """ "“Why now?” Quill asked.": a question or exclamation ends its sentence at the mark,
    yet a name and its verb right after it are still its cue."""
    if text[span.close_at - 1] not in "?!":
        return None
    for event in events:
        verb_start = perceived_start(text, event.end - len(event.verb))
        between = text[event.mention.end : verb_start]
        adjacent = span.close_at < event.start <= span.close_at + 3
        joined = not between.strip() or closed_aside(between)  # "Kerr, the harbour chief,"
        if adjacent and not event.inverted and joined and ends_soon(text, event):
            # "“Did you?” He said he forgot": the answer of whom it was put to, not its credit
            return None if answers_question(span, event, text) else event
    return None


def ends_soon(text: str, event: Event) -> bool:
    """True when the verb's sentence ends a few words on, with no clause of its own: "Quill
    asked the crews." credits the question; "Kerr noted that ..." opens a new statement."""
    rest = text[event.end :]
    ends = sentence_ends(rest)
    words = rest[: ends[0] if ends else len(rest)].split()
    return len(words) <= ASKED_REACH and "that" not in words
