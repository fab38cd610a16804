"""The text of a sign someone put up: "Fanshawe put up a sign saying “Closed for good”".

The adjudication guide makes a sign's text with no author nobody's words; here narration names
who put the sign up, and issued_words reads a document's cue as its issuer's ("X hoisted a
sign that read"), so the words go to that person. That is the honest reading (who else wrote
it?), but not a sure one: a sign's words are written, often a stock notice or the business's
rather than its owner's own statement, and no speech verb of the person's says them. So such a
quote is held at SIGN_TEXT, under the plain ways' >= 0.9, like words narration calls someone's
(OWNED_WORDS). Unmeasured (the train gold has too few), so set as low as a carried-on passage.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import word_set

SIGN_TEXT = 0.6
# Things put up or held up to show words: their text is the putter's, written, not spoken.
DISPLAY_NOUNS = word_set(
    "sign signs banner banners placard placards poster posters notice notices billboard "
    "billboards plaque sticker stickers"
)
# The display noun right before the cue: "a sign saying", "a banner that read", "signs
# which said", "a notice in the window reading".
_DISPLAY_BEFORE = re.compile(
    r"\b(?P<noun>[a-z]+)(?:\s+(?:in|on|at)\s+(?:the|a|its|his|her|their)\s+[a-z]+)?"
    r"\s+(?:(?:that|which)\s+)?$"
)


def displayed(event: Event, text: str) -> bool:
    """True when the quote's cue is a sign's (or banner's, poster's) "saying" or "read"."""
    verb_at = event.end - len(event.verb)
    before = _DISPLAY_BEFORE.search(text, max(0, verb_at - 50), verb_at)
    return before is not None and before["noun"] in DISPLAY_NOUNS
