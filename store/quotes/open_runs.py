"""A quote running over several paragraphs, credited only at its end.

News copy opens each paragraph of a long quote with a mark and closes only the last one:
"“I remember ... ¶ “We stayed ... ¶ “I still cannot sleep,” she said." The run's earlier
paragraphs have no cue of their own; the credit closing the run names whose words they all
are. They take its speaker as carried (its confidence), and only when no part of the run
before the credit has a speaker of its own: a run with two credits is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.speakers import Person


class Pinned(Protocol):
    """A quoted span with whom it was pinned to (extract.py's record)."""

    span: QuotedSpan
    event: Event | None
    speaker: Person | None


def credit_open_runs(found: Sequence[Pinned], paragraphs: Sequence[str]) -> None:
    """Give the uncredited paragraphs of each run of open quotes its closing credit's speaker.
    The run opens a paragraph of its own: a mark left open inside narration ("(X says it
    tracks ''more.'.')") is a stray, not a quote running on."""
    run: list[Pinned] = []
    for item in found:
        span = item.span
        if run and not _goes_on(run[-1].span, span):
            run = []
        if not span.closed:
            if run or _opens(span, paragraphs[span.paragraph]):
                run.append(item)
            continue
        own = item.event is not None and item.speaker is not None  # its own cue, not carried
        if run and span.continued and own and not any(map(_credited, run)):
            for part in run:
                part.speaker = item.speaker
        run = []


def _credited(item: Pinned) -> bool:
    return item.event is not None or item.speaker is not None


def _opens(span: QuotedSpan, paragraph: str) -> bool:
    return span.open_at == len(paragraph) - len(paragraph.lstrip())


def _goes_on(last: QuotedSpan, span: QuotedSpan) -> bool:
    """True when `span` carries on the open quote `last` in the very next paragraph."""
    return span.continued and span.paragraph == last.paragraph + 1
