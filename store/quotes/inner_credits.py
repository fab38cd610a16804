"""A credit line inside a quote's own marks: "“... tax cuts. Ada Kerr, Center for Trade.”"

Lists of reactions print each quote with its speaker's name and body after the last sentence,
inside the same marks. The words before the credit are the quote; the credit names who said
them, more surely than any cue around.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.attributions import Event
from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import TITLE_MINOR_WORDS
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, is_abbreviation, read_mention
from store.quotes.people import position
from store.quotes.speakers import Cast

# The last sentence of the quoted words: a name of two to five capitalised words, then perhaps
# a comma and a body's name, and the quote's end. A question before it is answered, not credited.
_CREDIT = re.compile(
    r"(?<=[.!])[\"”’']?\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})"
    r"(?:,\s+(?P<body>[A-Z][\w’'&.-]*(?:\s+[\w’'&.-]+){0,7}))?\.?\s*$"
)
CREDIT_VERB = "—"  # a layout's credit, as a dash credit is
# "’s" anywhere in the credit, not only a word's contraction (contracted_has.uncontracted):
# "That's Ada Kerr" is a sentence and "Kerr's plan" a possession, neither a credit's name.
_APOSTROPHE_S = re.compile(r"[’']s\b")


def inner_credit(raw: str, span: QuotedSpan, cast: Cast) -> tuple[QuotedSpan, Event] | None:
    """The quote without its closing credit line, and the credit as a speech event."""
    match = _CREDIT.search(raw, span.start, span.end)
    if match is None or match.start() <= span.start or _after_abbreviation(raw, match.start()):
        return None
    body = match["body"] or ""
    if any(not w[:1].isupper() and w not in TITLE_MINOR_WORDS for w in body.split()):
        return None  # "..., who spoke on Monday": a clause, no body's name
    name = match["name"]
    if name.endswith(".") and not is_abbreviation(name.split()[-1]):
        name = name[:-1]  # "Dean Baker.": the full stop closes the credit
    mention = read_mention(name, match.start("name"))
    contracted = _APOSTROPHE_S.search(name) is not None
    if mention is None or mention.start != match.start("name") or contracted:
        return None  # "That's Ada Kerr", "Vote Ada Kerr.": a sentence, no credit
    if mention.kind != MentionKind.NAME or not _given(mention.name or ""):
        return None  # "Advantage Donald.": no one's full name
    at = position(span.paragraph, mention.start)
    speaker = cast.resolve(mention, at)
    if speaker is None:
        return None
    cast.spoke_at(speaker, at)
    end = len(raw[: match.start()].rstrip())
    event = Event(mention, CREDIT_VERB, match.start("name"), match.end(), speaker)
    return replace(span, end=end), event


def _after_abbreviation(raw: str, at: int) -> bool:
    """True when the full stop before `at` closes a title or initials ("Sen. Ada Kerr")."""
    before = raw[:at].rstrip("\"”’' ").split()
    return bool(before) and is_abbreviation(before[-1])


def _given(name: str) -> bool:
    """True for a full name opening with a known first name ("Dean Baker")."""
    words = name.split()
    return len(words) > 1 and words[0].casefold() in FIRST_NAMES
