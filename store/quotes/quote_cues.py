"""The speech event a direct quote's own sentence gives it: a credit right after its marks, a
cue before it in the sentence or a later one, a colon's introducer; else, for words in marks
inside paraphrase, the paragraph's nearest event."""

from __future__ import annotations

from store.quotes.asked import asked_after
from store.quotes.attributions import Event
from store.quotes.colon_clauses import later_introducer
from store.quotes.colon_credits import introduces_next
from store.quotes.later_clauses import opens_own_clause
from store.quotes.layout_events import colon_event, dash_event
from store.quotes.marks import ADJACENT, QuotedSpan
from store.quotes.own_clause_leads import own_clause_between
from store.quotes.owner_credits import owner_credit
from store.quotes.sentences import start_of_sentence
from store.quotes.speakers import Cast
from store.quotes.terms import loose_phrase
from store.quotes.time_clauses import untimed


def own_cue(
    span: QuotedSpan, events: list[Event], ends: list[int], next_open: int, text: str,
    cast: Cast,
) -> Event | None:
    """The speech event of a quote's own sentence, nearest first.

    A credit or cue right after the closing mark wins; else one before the quote in its
    sentence ("Vance called the system “rigged”, and lawmakers said ..."); else a later one
    in the sentence; else a colon's introducer ("Pollster Daron Shaw: ...").
    """
    closing = dash_event(text, span.paragraph, span.close_at + 1, cast) if span.closed else None
    if (credit := closing or owner_credit(span, text, cast)) is not None:
        return credit  # "“...” Kerr said", "“...” That quote from Kerr ...": its own credit
    trailing = _trailing(span, events, ends, next_open, text)
    leading = _leading(span, events, ends, text)
    if leading is not None and trailing is not None and _introduces(leading, span, text):
        sentence_end = next((e for e in ends if e > trailing.end), len(text))
        if next_open < sentence_end:
            # "When someone shouted, “Renn,” Holm joked, “Amen!”": a verb right before the
            # quote is its cue; the credit after it introduces the next quote.
            return leading
    if leading is not None and trailing is not None and introduces_next(trailing, next_open, text):
        return leading  # "After Kerr said ... “...,” Renn said: “...”": Renn's credit is later
    if trailing is not None and (trailing.inverted or trailing.start <= span.close_at + ADJACENT):
        return trailing
    if leading is not None:  # "“...,” Kerr said, but Lind disagreed: “...”": Lind's
        leading = later_introducer(span, leading, text, ends, cast) or leading
    return leading or trailing or colon_event(text, span.paragraph, span.open_at, ends, cast)


def _introduces(event: Event, span: QuotedSpan, text: str) -> bool:
    """True for a cue verb right before the quote's mark: "shouted, “", "said: “"."""
    return text[event.end : span.open_at].strip() in ("", ",", ":")


def nearby_event(span: QuotedSpan, events: list[Event], text: str) -> Event | None:
    """The paragraph's speech event nearest a quote that has no cue in its own sentence.

    A few words in marks take only a speaker named before them: one whose cue comes in a
    later sentence was not yet speaking, and the words are mostly the writer's scare quote
    ("a two-year “pause” in the levy. Reyes said ..."), left to nobody.
    """
    if loose_phrase(text):
        events = [e for e in events if e.start < span.open_at]
    return min(events, key=lambda e: abs(e.start - span.open_at), default=None)


def _trailing(
    span: QuotedSpan, events: list[Event], ends: list[int], next_open: int, text: str
) -> Event | None:
    if not span.closed:
        return None
    sentence_end = next((e for e in ends if e > span.close_at), len(text))
    # A quote that ends its own sentence ("... relations." He ...) is not followed by its cue.
    after = text[span.close_at + 1 : span.close_at + 3].strip()
    ended = text[span.close_at - 1] in ".!?" and after[:1].isupper()
    for event in events:
        if span.close_at < event.start < min(sentence_end, next_open) + 1:
            if ended and event.start > span.close_at + 3 and not event.inverted:
                return None
            return None if opens_own_clause(text, span.close_at, event) else event
    return asked_after(span, events, text)


def _leading(span: QuotedSpan, events: list[Event], ends: list[int], text: str) -> Event | None:
    sentence_start = start_of_sentence(ends, span.open_at)
    before = [e for e in events if sentence_start <= e.start and e.end <= span.open_at]
    before = untimed(before, text, sentence_start, span.open_at)  # not "As Kerr spoke,"
    # "Critics call it “…”, but she calls it “…”": her clause, not the critics'.
    before = [e for e in before if not own_clause_between(text, e.end, span.open_at)]
    return max(before, key=lambda e: e.end) if before else None


def credit_after(
    span: QuotedSpan, events: list[Event], ends: list[int], next_open: int, text: str
) -> Event | None:
    """The cue right after a quote's closing mark ("“...,” Kelly said"), if any."""
    trailing = _trailing(span, events, ends, next_open, text)
    if trailing is not None and trailing.start <= span.close_at + ADJACENT:
        return trailing
    return None
