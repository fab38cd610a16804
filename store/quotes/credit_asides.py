"""Words in marks inside the description after an inverted credit: the speaker's, not said.

"“…,” said Ada Kerr, one of the original “harbour four” pilots, along with Bo Renn": the marks
name what the speaker is known as, like those between a name and its verb ("Kerr, whose book
“…” sold, said"). A clause of the description that speaks ("said Kerr, who called it a
“disaster”", "said Kerr, adding “…”") quotes her, and is left to the speakers.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.sentences import sentence_ends
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

MAX_ASIDE_WORDS = 8
MAX_QUALIFIER_CHARS = 30  # a word or three qualifying the noun after them
_WORD = re.compile(r"[\w’'-]+")
_NOUN_AFTER = re.compile(r"\s+[a-z]")  # "“harbour four” pilots": the noun the marks qualify


def in_inverted_credit(span: QuotedSpan, event: Event, text: str) -> bool:
    """True for a few words in marks qualifying a noun a few words into the aside after
    "said Ada Kerr," with no verb of speech and no sentence end between the name and them.

    Only a noun's qualifier ("the “harbour four” pilots") is read: marks opening a clause after
    the credit ("said Kerr, “and we …”") are what she says, and "according to" is no credit a
    description follows ("According to Kerr, the port had “excellent” results").
    """
    if event.verb.casefold().startswith("according") or not span.closed:
        return False
    if span.end - span.start > MAX_QUALIFIER_CHARS:
        return False  # (the marks' words are masked here: their length tells a phrase)
    if not _NOUN_AFTER.match(text, span.close_at + 1):
        return False
    aside = text[event.mention.end : span.open_at]
    if not aside.lstrip().startswith(","):
        return False
    words = _WORD.findall(aside)
    if not words or len(words) > MAX_ASIDE_WORDS or any(w in SPEECH_VERB_FORMS for w in words):
        return False
    ends = sentence_ends(text)
    return not any(event.mention.end < end <= span.open_at for end in ends)
