"""A colon's introducer in a later clause of the sentence that credits an earlier quote.

"“It is a good deal,” Kerr said, but Lind disagreed: “No, it is not.”" and "..., before Lind
cut her off: “...”": the second quote follows the colon of a clause with a subject of its
own, after a comma and a joining word; its introducer speaks it, not the cue before (which
gave Kerr Lind's words, confidently). Read only when that clause's subject names someone.
"""

from __future__ import annotations

import re
from bisect import insort

from store.quotes.attributions import Event
from store.quotes.layout_events import colon_event
from store.quotes.marks import QuotedSpan
from store.quotes.speakers import Cast

# A comma and a word opening a clause of its own, or a semicolon: where the introducer's
# clause starts. Wider after a comma than uncued._CLAUSE ("before", "as", "when" hand a
# sentence over to a later speaker's colon too), narrower elsewhere (no dash, no bare
# "while"), as written and tested: the corpus cannot tell (with uncued's pattern, or both
# joined, the extraction digest stays the same), so no merged pattern was chosen by it.
_JOINER = re.compile(r"(?:,\s+(?:but|and|yet|before|while|as|when|until|after|whereas)|;)\s+")


def later_introducer(
    span: QuotedSpan, leading: Event, text: str, ends: list[int], cast: Cast
) -> Event | None:
    """The colon introducer of the clause the quote's colon closes, when a joined clause
    opens between the leading cue and the colon; else None."""
    colon = text.rfind(":", leading.end, span.open_at)
    if colon < 0 or text[colon + 1 : span.open_at].strip():
        return None  # the quote does not open right after a colon
    joiners = list(_JOINER.finditer(text, leading.end, colon))
    if not joiners:
        return None
    clause_ends = list(ends)
    insort(clause_ends, joiners[-1].end())
    event = colon_event(text, span.paragraph, span.open_at, clause_ends, cast)
    if event is None or event.speaker is None or event.mention.start < joiners[-1].end():
        return None
    # "..., as she has before: “...”": the same speaker keeps the cue's surer reading.
    return None if event.speaker is leading.speaker else event
