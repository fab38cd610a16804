"""A speech event inside another's reported clause: "Ames said that rivals had forecast".

Read by extract when a paragraph of quotation carries on the last speaker of the paragraph
before. "Ames said that for years some rivals had been forecasting a sell-off" ends on the
rivals' verb, yet Ames is the one speaking; the rivals are what Ames reports.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.speech_verbs import CLAUSE_VERBS

# Between the reporting verb and the inner event: "that" opens the reported clause, and no
# sentence ends before the inner event.
_REPORTED = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?that\s+[^.!?\x01“”\"]*$")


def outside_reports(events: list[Event], text: str) -> list[Event]:
    """The events that are not inside an earlier event's "said that ..." clause."""
    kept: list[Event] = []
    for event in events:
        inside = any(
            earlier.end <= event.start
            and earlier.verb.casefold() in CLAUSE_VERBS
            and _REPORTED.match(text, earlier.end, event.start) is not None
            for earlier in kept
        )
        if not inside:
            kept.append(event)
    return kept
