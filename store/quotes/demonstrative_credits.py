"""A paragraph that opens by naming whose the quote above was: "That was the message from X".

"“We got it wrong.” ¶ That was the message from Ada Kerr, the fair's director, on Friday."
credits the quote paragraph above it with no speech verb, so that quote kept no speaker (or
the one carried on from before it). The credit is read only at the paragraph's start, in the
shapes owner_credits.py reads after a quote's own marks; the quote above must have no cue.
"""

from __future__ import annotations

from store.quotes.attributions import Event
from store.quotes.owner_credits import PARAGRAPH_CREDIT, owner_event
from store.quotes.speakers import Cast


def demonstrative_event(text: str, paragraph: int, cast: Cast) -> Event | None:
    """The owner a paragraph opening "That was the verdict of/message from X" names."""
    match = PARAGRAPH_CREDIT.match(text)
    return owner_event(match, paragraph, cast) if match is not None else None
