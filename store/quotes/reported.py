"""Reported speech: statements without quote marks ("X said that ...", "..., X said on Friday")."""

from __future__ import annotations

import re

from store.models import Quote, QuoteKind
from store.quotes.attributions import Event
from store.quotes.confidence import confidence_of, event_how
from store.quotes.lexicon import ARTICLES, BARE_CLAUSE_VERBS, ROLE_WORDS
from store.quotes.marks import MASK
from store.quotes.sentences import sentence_ends
from store.quotes.speech import is_clause_verb

# What may follow the verb when the statement came first: "..., Lavrov said on Friday."
_TAIL = re.compile(
    r"^(?:\s+(?:the\s+|a\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3})??"  # told reporters / told TASS
    r"(?:\s*,?\s*(?:on|in|at|during|to|after|before|late|early|last|this|earlier|"
    r"yesterday|today|tonight|when|while|from|by|via|\w+day)\b[^,;]{0,60})?\s*[.!?]?\s*$"
)
# What may sit between the verb and the statement: "told reporters (on Friday) that".
_OPENING = re.compile(
    r"^(?:\s+(?:[\w’'-]+\s+){0,6}?)?\s*that\s+|^\s+(?=(?:the|a|an|he|she|they|it|we|i|there|"
    r"this|his|her|their|its|[A-Z])\b)"
)
MIN_WORDS = 4
MAX_APPOSITIVE_WORDS = 8


def reported_speech(raw: str, text: str, paragraph: int, events: list[Event]) -> list[Quote]:
    """The reported statements of one paragraph, one per speech event that reports a clause."""
    ends = [0, *sentence_ends(text), len(text)]
    quotes = []
    for event in events:
        if event.speaker is None:
            continue
        begin = max(e for e in ends if e <= event.start)
        finish = min(e for e in ends if e > event.start)
        if MASK in text[begin:finish]:
            continue  # a sentence with a direct quote reports its words directly
        span = _statement(text, begin, finish, event)
        if span is None:
            continue
        start, end = _trim(raw, *span)
        if len(raw[start:end].split()) < MIN_WORDS:
            continue
        how = event_how(event)
        quotes.append(
            Quote(
                text=raw[start:end],
                speaker=event.speaker.name,
                role=event.mention.role or _first_role(event),
                cue=event.verb,
                kind=QuoteKind.INDIRECT,
                paragraph=paragraph,
                start=start,
                end=end,
                how=how,
                confidence=confidence_of(how),
            )
        )
    return quotes


def _first_role(event: Event) -> str | None:
    speaker = event.speaker
    return speaker.roles[0] if speaker and speaker.roles else None


def _statement(text: str, begin: int, finish: int, event: Event) -> tuple[int, int] | None:
    if event.verb == "according to":
        lead = text[begin : event.start].strip()
        if not lead:  # "According to X, statement."
            comma = text.find(",", event.end, finish)
            if comma < 0:
                return None
            after = text.find(",", comma + 1, finish)
            if after >= 0 and _is_appositive(text[comma + 1 : after]):
                comma = after  # "According to Lorella Praeli, the Latino vote director, ..."
            return (comma + 1, finish)
        return (begin, event.start)  # "statement, according to X."
    if not is_clause_verb(event.verb):
        return None
    lead = text[begin : event.mention.start]
    if lead.rstrip().endswith(",") and _TAIL.match(text[event.end : finish]):
        return (begin, len(lead.rstrip()) + begin - 1)  # "statement, X said on Friday."
    if lead.strip() and not lead.rstrip().endswith(","):
        return None  # "In Brussels, Berg said ..." reports; "Talks, which Berg said ..." not
    opening = _OPENING.match(text[event.end : finish])
    if opening is None:
        return None
    if event.verb not in BARE_CLAUSE_VERBS and "that" not in opening.group():
        return None
    return (event.end + opening.end(), finish)


def _is_appositive(phrase: str) -> bool:
    """True for a short phrase that describes the speaker just named ("the campaign's director")."""
    words = phrase.split()
    if not words or len(words) > MAX_APPOSITIVE_WORDS:
        return False
    first = words[0].casefold()
    return first in ARTICLES or first.endswith(("’s", "'s")) or first in ROLE_WORDS


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start] in " ,;:—–-":
        start += 1
    while end > start and raw[end - 1] in " ,;:.—–-":
        end -= 1
    return start, end
