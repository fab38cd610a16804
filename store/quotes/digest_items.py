"""A newsletter's digest item: a headline in capitals, an excerpt in marks, its source in brackets.

"HARBOUR FERRIES TO SAIL AGAIN “The first boats leave on Monday, the port said.” [Gazette.]"
quotes the bracketed outlet's piece (or the byline's writer: "[Ada Kerr, Gazette]"); no cue
says so, so the excerpt went to nobody. Only an excerpt opening right after the headline is
read: an item's later marks ("Birders can watch the film “Harbour.” [Gazette]") are its own
terms, and a cue before them ("The dockers listed “…” [Gazette]") names its own speaker.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.people import position
from store.quotes.speakers import Cast

MIN_HEADLINE_WORDS = 3
MAX_ITEM_TAIL = 400  # an item's words after its excerpt, up to the credit
# The item's credit, at most 80 characters: "[Gazette]", "[Gazette.]", "[Ada Kerr, Gazette]",
# "[Gazette | Paywall]".
_CREDIT = re.compile(r"\[(?P<credit>[^\[\]\n]{1,80})\]")
_QUOTE_MARKS = "‘’'“”\""


def digest_event(text: str, span: QuotedSpan, cast: Cast) -> Event | None:
    """The bracketed source of a digest item whose excerpt `span` opens after its headline.

    Items may share a paragraph ("… [Gazette] NEXT HEADLINE “…” [Lantern]"): one starts at a
    line's start or after the credit of the one before.
    """
    if not span.closed or span.open_at < 0:
        return None
    item_start = max(text.rfind("\n", 0, span.open_at), text.rfind("]", 0, span.open_at)) + 1
    if not _headline(text[item_start : span.open_at]):
        return None
    tail_end = min(len(text), span.close_at + MAX_ITEM_TAIL)
    match = _CREDIT.search(text, span.close_at + 1, tail_end)
    if match is None or "\n" in text[span.close_at : match.start()]:
        return None
    start, chunk = _source(match.start("credit"), match["credit"])
    mention = read_mention(chunk, start)
    if mention is None or mention.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return None
    speaker = cast.resolve(mention, position(span.paragraph, mention.start))
    if speaker is None:
        return None
    return Event(mention, "—", match.start(), match.end(), speaker)


def _headline(before: str) -> bool:
    """A run of words in capitals (in marks or not) and nothing else before the excerpt."""
    words = before.strip().strip(_QUOTE_MARKS).split()
    if len(words) < MIN_HEADLINE_WORDS:
        return False
    # Read up to the first letter in lower case: narration before a quote (the most
    # common case, every quote asks) has one within a word or two, however long it runs.
    lettered = False
    for char in "".join(words):
        if char.isalpha():
            if not char.isupper():
                return False
            lettered = True
    return lettered


def _source(at: int, credit: str) -> tuple[int, str]:
    """The credit's writer when a byline names one ("Ada Kerr, Gazette"), else its outlet;
    a remark after a bar ("Gazette | Paywall") and the closing full stop are no part of it."""
    credit = credit.split("|")[0].rstrip().rstrip(".")
    parts = credit.split(",")
    if len(parts) == 2:
        writer = read_mention(parts[0].strip(), 0)
        if writer is not None and writer.kind == MentionKind.NAME and " " in writer.text:
            return at + len(parts[0]) - len(parts[0].lstrip()), parts[0].strip()
        return at + len(parts[0]) + 1 + len(parts[1]) - len(parts[1].lstrip()), parts[1].strip()
    return at + len(credit) - len(credit.lstrip()), credit.strip()
