"""Whose words a quote after another's credit are: "“A,” Kerr said, and Renn shouted. “B”".

Read by extract: a quote with no cue of its own went to whoever said the quote before it
("“A,” he said. “B”"). When another speech event stands between that credit and the new
quote, that later speaker introduced it, and the earlier one stopped speaking.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event

# What stands between the earlier credit and the later speaker: a new clause of its own
# (", and her husband", a new sentence), never "after Renn spoke" or "according to Renn".
# Narrower than uncued._CLAUSE ("but", "while" and a dash are no hand-over to a new speaker
# of the next quote here, as this rule was tuned), and a sentence's end counts too.
_NEW_CLAUSE = re.compile(r"(?:,\s+and(?:\s+then)?|[.!?])\s*$")


def latest_cue(
    previous: Event | None, events: list[Event], open_at: int, text: str
) -> Event | None:
    """The speech event of another speaker whose verb ends its sentence right before the
    quote opening at `open_at` ("and Renn shouted. “"), after `previous`; else `previous`."""
    if previous is None:
        return None
    for event in events:
        introduces = text[event.end : open_at].strip() in (".", ":", ",", "")
        other = event.speaker is not None and event.speaker is not previous.speaker
        if not (previous.end <= event.start < open_at and introduces and other):
            continue
        begins = min(event.start, event.mention.start)
        if _NEW_CLAUSE.search(text, previous.end, begins) and not event.verb.startswith("accord"):
            return event
    return previous
