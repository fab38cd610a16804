"""A lead-in that comments on someone else's words: "Rovers boss Ian Pole on what coach Tim
Bray said: “…”".

The cue verb right before the colon ("Bray said:") reads as the quote's own credit, but the
line is a live blog's or a headline's label: its subject (Pole) is talking *on* or *about*
what the other said, so the words after the colon are as likely Pole's reply as Bray's own.
Neither reading is sure, so the quote goes to the lead-in's subject when the cast knows them,
at a guess's confidence, and otherwise stays the other's no surer than that guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.models import AttributionHow, Quote, QuoteKind, SpeakerKind
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import HEADLINE_VERBS

# The other's verbs: a headline's and narration's past forms, as a local tuple (the lexicon's
# HEADLINE_VERBS stays as is).
_COMMENTED_VERBS = (*HEADLINE_VERBS, "said", "told", "claimed", "meant", "wrote", "tweeted")
# "X on what Y said:", "X spoke about what Y had told reporters:": the subject, a preposition
# and "what", the other speaker and a speech verb. Not "to what": "X took exception to what Y
# said:", "Voters listened to what Y told them:" introduce Y's own words.
_ON_WHAT = re.compile(
    r"(?P<subject>[^.:;!?“”\"]{3,80}?)\s+(?:on|about)\s+what\s+"
    r"(?P<other>[^.:;!?“”\"]{2,60}?)\s+(?:had\s+|has\s+)?(?:"
    + "|".join(_COMMENTED_VERBS)
    + r")(?:\s+[\w’']+){0,2}\s*:\s*$"
)
# A full name of the subject: two or three capitalised words.
_FULL_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\b")
# A passive's agent in the lead-in: the named person is the one asking, not commenting.
_AGENT = re.compile(r"\bby\b")
# Either reading is a guess: below every credit the bench calls sure.
COMMENTED_CONFIDENCE = 0.6


def commented_words(
    quotes: Iterable[Quote], paragraphs: tuple[str, ...], cast: Cast
) -> list[Quote]:
    """The quotes, each opening right after an "X on what Y said:" lead-in given to X (when
    the cast knows X as a person) at COMMENTED_CONFIDENCE, else held at most there."""
    return [_commented(quote, paragraphs, cast) for quote in quotes]


def _commented(quote: Quote, paragraphs: tuple[str, ...], cast: Cast) -> Quote:
    if quote.kind != QuoteKind.DIRECT or quote.paragraph is None or quote.speaker is None:
        return quote
    before = paragraphs[quote.paragraph][: quote.start].rstrip(" “\"‘'")
    if not before.rstrip().endswith(":"):
        return quote  # the lead-in ends at its colon: without one, no start need be tried
    match = _ON_WHAT.search(before, _clause_start(before))
    if match is None:
        return quote
    if _AGENT.search(match["subject"]):
        return quote  # "Asked by X about what Y said:": X asks, the words after are Y's answer
    subject = _subject(match["subject"], cast)
    if subject is None or subject == quote.speaker:
        return replace(quote, confidence=min(quote.confidence, COMMENTED_CONFIDENCE))
    return replace(
        quote,
        speaker=subject,
        role=None,
        how=AttributionHow.LAYOUT,
        confidence=min(quote.confidence, COMMENTED_CONFIDENCE),
    )


def _clause_start(before: str) -> int:
    """Where the lead-in may start: past the last mark it cannot hold before its colon.
    _ON_WHAT's words hold none of ".:;!?“”\"", so a match starts after the last of them; the
    search need not try (and fail at) every offset of a long paragraph before it."""
    colon = before.rstrip().rfind(":")
    return 1 + max(before.rfind(mark, 0, colon) for mark in _LEAD_IN_BREAKS)


_LEAD_IN_BREAKS = (".", ":", ";", "!", "?", "“", "”", '"')


def _subject(words: str, cast: Cast) -> str | None:
    """The last full name in the lead-in's subject that the cast knows as a person."""
    for match in reversed(list(_FULL_NAME.finditer(words))):
        person = cast.find(match[0])
        if person is not None and person.kind == SpeakerKind.PERSON:
            return person.name
    return None
