"""A quote resumed after an aside between dashes: the words before the aside go on.

"He said, “The mayor will fix the bridge” - and here the crowd chanted “Fix it!” -
“and lower the tolls.”": the aside's cue (the crowd chanting) speaks only inside the dashes;
the marks after it, opening in lower case, carry on the quote the aside broke into, whose
speaker is the one before the first dash.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan

# A spaced hyphen (or two) or an en/em dash, spaced or not.
_DASH = r"(?:\s+-{1,2}\s+|\s*[–—]\s*)"
# Between the broken quote's closing mark and the resumed one's opening mark: one aside.
_ASIDE = re.compile(_DASH + r"(?P<aside>[^-–—.?\n]{3,150}?)" + _DASH)


def resumed_event(
    earlier: list[tuple[QuotedSpan, Event | None]], span: QuotedSpan, raw: str
) -> Event | None:
    """The speech event of the quote (of `earlier`, the paragraph's quotes before `span`, each
    with its event) that `span` resumes after a dashed aside, if any."""
    if not raw[span.start : span.start + 1].islower():
        return None  # a new sentence of quotation may be anyone's
    for before, event in reversed(earlier):
        if not before.closed or before.paragraph != span.paragraph:
            return None
        if _ASIDE.fullmatch(raw, before.close_at + 1, span.open_at):
            return event
    return None
