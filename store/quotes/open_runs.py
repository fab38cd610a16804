"""A quote running over several paragraphs, credited only at its end.

News copy opens each paragraph of a long quote with a mark and closes only the last one:
"“I remember ... ¶ “We stayed ... ¶ “I still cannot sleep,” she said." The run's earlier
paragraphs have no cue of their own; the credit closing the run names whose words they all
are. They take its speaker as carried (its confidence), and only when no part of the run
before the credit has a speaker of its own: a run with two credits is left as it is. Nor is
a run carried when an open paragraph writes a cue of its own ("“The plan is dead, Tom Lind
told the crowd.": its mark was left open by mistake) or when the closing verb is a reply's
("“Nonsense,” Ada Kerr replied.": an answer to the words before, not more of them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from store.quotes.attributions import Event
from store.quotes.lexicon import word_set
from store.quotes.marks import QuotedSpan
from store.quotes.speakers import Person
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# Verbs answering the words before: whoever closes with one did not speak them.
_REPLY_VERBS = word_set(
    "replied replies answered answers responded responds retorted retorts countered counters"
)
# A cue inside an open paragraph: ", Tom Lind told the crowd", ", she said", ", said Ada Kerr".
_INNER_CUE = re.compile(
    r",\s+(?:(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:he|she|they|we|I)\s+)(?P<verb>[a-z]+)"
    r"|(?P<inverted>[a-z]+)\s+[A-Z])"
)


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
        if (
            run
            and span.continued
            and own
            and not any(map(_credited, run))
            and not _replies(item)
            and not any(_has_cue(part.span, paragraphs) for part in run)
        ):
            for part in run:
                part.speaker = item.speaker
        run = []


def _credited(item: Pinned) -> bool:
    return item.event is not None or item.speaker is not None


def _replies(item: Pinned) -> bool:
    return item.event is not None and item.event.verb.casefold() in _REPLY_VERBS


def _has_cue(span: QuotedSpan, paragraphs: Sequence[str]) -> bool:
    """True when the open paragraph's words hold a speech cue of their own."""
    words = paragraphs[span.paragraph][span.start : span.end]
    return any(
        (cue["verb"] or cue["inverted"]) in SPEECH_VERB_FORMS for cue in _INNER_CUE.finditer(words)
    )


def _opens(span: QuotedSpan, paragraph: str) -> bool:
    return span.open_at == len(paragraph) - len(paragraph.lstrip())


def _goes_on(last: QuotedSpan, span: QuotedSpan) -> bool:
    """True when `span` carries on the open quote `last` in the very next paragraph."""
    return span.continued and span.paragraph == last.paragraph + 1
