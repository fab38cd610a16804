"""A cue that introduces the next quote with a colon is not the credit of the words before it.

"After Kerr said that schools were “less advanced,” Renn said: “I do not like it.”" credits
Renn's own quote, after the colon; the fragment before his name sits in Kerr's reported words
and takes the cue before it in its sentence.
"""

from __future__ import annotations

from store.quotes.attributions import Event


def introduces_next(trailing: Event, next_open: int, text: str) -> bool:
    """True when only a colon stands between the cue after a quote and the next quote."""
    return next_open < len(text) and text[trailing.end : next_open].strip() == ":"
