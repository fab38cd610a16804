"""A quote whose closing mark a speech verb follows has a credit of its own.

"“...,” wrote the authors of the report" or "“...,” said one" credits the quote even when the
credit names no one the cast can resolve (a group, an anonymous "one"): the quote is then
nobody's we can name, never the speaker of the quote before it in the paragraph.
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan
from store.quotes.owner_credits import INVERTED_CREDIT
from store.quotes.speech import speech_verbs

# After the mark: its comma, maybe an adverb, then the verb ("“...,” wrote", "“...,” later added").
_VERB_AFTER = re.compile(r"[,”\"’']*\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
# "“...,” came shouts from the crowd", "“...,” came the reply": a voice the credit names.
_CAME = re.compile(
    r"[,”\"’']*\s+came\s+(?:a\s+|the\s+)?(?:\w+\s+)?"
    r"(?:shouts?|cries|cry|chants?|voices?|reply|replies|response|answer|yells?|calls?)\b"
)

# "“...,” was the reaction of fans of X": someone's, even when owner_credits names no one (the
# fans); never the last speaker's carried on.
_OWNED = re.compile(r"[”\"’']*" + INVERTED_CREDIT)


def credited_after(span: QuotedSpan, text: str) -> bool:
    """True when a speech verb (or "came shouts", "was the verdict of") comes right after the
    quote's closing mark: an inverted credit."""
    if not span.closed:
        return False
    if _CAME.match(text, span.close_at + 1) or _OWNED.match(text, span.close_at + 1):
        return True
    match = _VERB_AFTER.match(text, span.close_at + 1)
    if match is None:
        return False
    verb = match["verb"]
    return any(found == verb for _, _, found in speech_verbs(verb))

