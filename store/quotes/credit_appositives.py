"""An appositive between a credit's name and its verb: "“Why now?” Kerr, the harbour chief,
asked." A question or exclamation ends its sentence at the mark, so its credit is read
only when the verb follows the name at once (asked.py); a closed aside about the speaker
(a role, an age, a relative clause) between them keeps the credit the quote's own.
"""

from __future__ import annotations

import re

from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# ", the harbour chief, " or ", 54, ": one aside, closed by its comma, no sentence inside.
_ASIDE = re.compile(r"\s*,(?P<aside>[^,.;:!?“”\"()]{1,80}),\s*")
MAX_ASIDE_WORDS = 10
_WORD = re.compile(r"[a-z]+")


def closed_aside(between: str) -> bool:
    """True for the words between a name and its verb that are one closed aside about the
    name: no speech verb of its own ("Kerr, who said …, asked" is told elsewhere)."""
    match = _ASIDE.fullmatch(between)
    if match is None:
        return False
    aside = match["aside"]
    if len(aside.split()) > MAX_ASIDE_WORDS:
        return False
    return not any(word in SPEECH_VERB_FORMS for word in _WORD.findall(aside))
