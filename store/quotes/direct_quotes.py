"""Direct quotes as extraction finds them (a quoted span and the event it was pinned to), and
the Quote records they become: terms and titles dropped, how each was found, its confidence."""

from __future__ import annotations

from dataclasses import dataclass

from store.models import Article, AttributionHow, Quote, QuoteKind
from store.quotes.attributions import Event
from store.quotes.confidence import NARRATED_CARRY, confidence_of, event_how, weighed
from store.quotes.confidence_caps import capped
from store.quotes.evidence import clues_of, sentence_of
from store.quotes.marks import QuotedSpan, looks_like_title
from store.quotes.self_titles import SELF_TITLED, calls_by_title
from store.quotes.sign_texts import SIGN_TEXT, displayed
from store.quotes.speakers import Cast, Person
from store.quotes.term_shapes import named_term
from store.quotes.terms import is_term
from store.quotes.unspoken import credit_follows, inside_credit, unclaimed


@dataclass
class FoundQuote:
    """A quoted span with the speech event it was pinned to, while the article is read."""

    span: QuotedSpan
    event: Event | None = None
    speaker: Person | None = None
    nearby: bool = False  # no cue in its own sentence: the paragraph's nearest event was taken
    narrated: bool = False  # carried on past a paragraph of narration about its speaker
    reporting: bool = False  # inside a reported statement, whose speech event it took
    named: bool = False  # "what Kerr called “…”": its namer's, inside a statement or not


def direct_quotes(
    article: Article, found: list[FoundQuote], texts: list[str], cast: Cast
) -> list[Quote]:
    """The Quote records of the quotes found, less titles, nicknames and terms in marks."""
    quotes = []
    self_titled = _self_titled_events(article, found)
    for item in found:
        span, event, speaker = item.span, item.event, item.speaker
        paragraph = article.paragraphs[span.paragraph]
        start = _after_label(span, event, paragraph)
        text = paragraph[start : span.end]  # "Kerr: Yes." is "Yes.", never a title's words
        cued = event is not None and not item.nearby  # a cue of its own sentence claims it
        # Nobody carried over and no cue beside the marks: a loose phrase is the writer's term.
        nobody = unclaimed(span, event, speaker is not None, paragraph)
        titled = looks_like_title(text) and not credit_follows(span, event, texts)
        if titled or is_term(paragraph, span, cued=cued, unclaimed=nobody):
            continue  # a work's title, a nickname or a term in marks: nobody says it
        if inside_credit(span, event, texts[span.paragraph]):
            continue  # "“...,” Kerr, wearing “Vote Kerr” pins, said": a slogan in the credit
        if named_term(paragraph, span):
            continue  # "a play called “…”", "“Top secret” is ...": named, not said
        how = _how(item)
        confidence = _confidence(item, how, article, texts, cast)
        if how == AttributionHow.PRONOUN and speaker and id(event) in self_titled:
            confidence = min(confidence, SELF_TITLED)  # "“… Senator Renn's plan …,” he said"
        quotes.append(
            Quote(
                text=text,
                speaker=speaker.name if speaker else None,
                role=event.mention.role if event and event.mention.role else _role(speaker),
                cue=event.verb if event else None,
                kind=QuoteKind.DIRECT,
                paragraph=span.paragraph,
                start=start,
                end=span.end,
                how=how,
                confidence=confidence,
            )
        )
    return quotes


def _after_label(span: QuotedSpan, event: Event | None, paragraph: str) -> int:
    """Where a turn's words begin: past its speaker's label ("KERR: We won." is "We won.").

    The label names the speaker, whom the record holds already; it is no part of the words.
    """
    if event is None or event.verb != ":" or event.start != span.start:
        return span.start
    label = paragraph[span.start : event.end]
    if not label.rstrip().endswith(":") or event.end >= span.end:
        return span.start
    return event.end


def _confidence(
    item: FoundQuote, how: AttributionHow | None, article: Article, texts: list[str], cast: Cast
) -> float:
    """The way's confidence, weighed by the clues of the quote's own sentence."""
    span, event = item.span, item.event
    if item.narrated:
        return NARRATED_CARRY
    if how is None or event is None:
        return confidence_of(how)
    text, raw = texts[span.paragraph], article.paragraphs[span.paragraph]
    sure = weighed(how, clues_of(span, event, raw, sentence_of(text, span), cast))
    if displayed(event, text):
        sure = min(sure, SIGN_TEXT)  # "put up a sign saying “…”": written, not said
    return capped(sure, how, event, span.paragraph, cast)  # namesakes, bodies, owned words


def _self_titled_events(article: Article, found: list[FoundQuote]) -> set[int]:
    """The speech events (by identity) one of whose pronoun quotes calls its speaker by title:
    every quote of that "he said" shares the doubt of whom "he" means, not only the one that
    shows it ("“… Senator Renn's plan …,” he said. “…”": both held unclear)."""
    titled = set()
    for item in found:
        span, speaker = item.span, item.speaker
        if speaker is None or item.event is None or _how(item) != AttributionHow.PRONOUN:
            continue
        if calls_by_title(article.paragraphs[span.paragraph][span.start : span.end], speaker):
            titled.add(id(item.event))
    return titled


def _how(item: FoundQuote) -> AttributionHow | None:
    """How a direct quote's speaker was found: through its event, or carried over."""
    if item.speaker is None:
        return None
    if item.event is None:
        return AttributionHow.CARRIED
    if item.nearby and not item.reporting:
        return AttributionHow.NEARBY
    return event_how(item.event)


def _role(speaker: Person | None) -> str | None:
    return speaker.roles[0] if speaker and speaker.roles else None
