"""A "who" clause after a quote tells what its antecedent said, not who said the quote.

"Kerr welcomed his views “on radio and on TV,” echoing critics who have suggested he is
timid": the critics' words are the clause after "who", the marks before it are Kerr's (or
nobody's), so the relative's speech event claims no quote that closes before it opens.
"""

from __future__ import annotations

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind


def before_later_relatives(events: list[Event], span: QuotedSpan) -> list[Event]:
    """The events that may claim the quote: all but a relative's opening after its marks."""
    if not span.closed:
        return events
    return [e for e in events if not _later_relative(e, span)]


def _later_relative(event: Event, span: QuotedSpan) -> bool:
    return event.mention.kind == MentionKind.RELATIVE and event.mention.start > span.close_at
