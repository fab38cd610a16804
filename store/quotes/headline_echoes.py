"""Quoted words in a headline that the body quotes too: "Manager told staff to 'keep quiet'".

A headline often lifts a few words of a quote the story gives in full: "Mayor told staff to
'say nothing' about leak" over "The mayor told staff to “say nothing” about the leak, ...".
The headline names no speaker in a credit the headline patterns read, but the words are the
body quote's, so they are that quote's speaker's, held no surer than the body's credit and a
headline's own confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.models import AttributionHow, Quote, QuoteKind
from store.quotes.confidence import confidence_of
from store.quotes.relayed_words import relayed

# A quoted stretch: curly or straight marks; a straight single mark must not touch a letter
# outside it, so that "the club's 'fresh start'" skips the apostrophe.
_QUOTED = re.compile(
    r"“(?P<a>[^”]{3,}?)”|‘(?P<b>[^’]{3,}?)’(?!\w)|\"(?P<c>[^\"]{3,}?)\"|(?<!\w)'(?P<d>[^']{3,}?)'(?!\w)"
)
_WORD = re.compile(r"[\w’']+")
# One word echoes too much by chance ("'historic'"), and two are often a term the headline
# borrows ("'poison pill'") from a longer quote: two words echo only a quote of just them.
_MIN_WORDS = 2
_MIN_PART_WORDS = 3
_SURE_SHORT = 0.9


def echoed_headline(title: str, quotes: Iterable[Quote]) -> Quote | None:
    """The headline's quoted words as a direct quote of the body quote they come from, when
    one body quote holds them all (in order) and has a speaker; else None."""
    body = [q for q in quotes if q.kind == QuoteKind.DIRECT and q.paragraph is not None]
    for match in _QUOTED.finditer(title):
        group = next(name for name in "abcd" if match[name] is not None)
        source = echo_source(quote_words(match[group]), body)
        if source is None:
            continue
        ceiling = confidence_of(AttributionHow.HEADLINE)
        return replace(
            source,
            text=match[group],
            paragraph=None,
            start=match.start(group),
            end=match.end(group),
            confidence=min(source.confidence, ceiling),
        )
    return None


def headline_echo(title: str, credit: Quote | None, quotes: Iterable[Quote]) -> Quote | None:
    """The headline's quote: its own credit (`credit`), unless a body quote of someone else
    holds its words ("'Evil and cowardly' - Dale Finch" over the judge's “You are evil and
    cowardly”: said to Finch, not by him); with no credit, the echo of a body quote."""
    echo = echoed_headline(title, quotes)
    if credit is None or credit.speaker is None:
        return credit or echo
    if echo is not None and echo.speaker != credit.speaker and echo.start == credit.start:
        return echo
    return credit


def echo_source(words: list[str], quotes: Iterable[Quote]) -> Quote | None:
    """The first credited quote whose words hold `words` (quote_words) as an echo does, when
    every such quote has the same speaker ("a fair deal" said by both sides is neither's);
    the words a quote only relays ("Management told us it would never close") are none."""
    if len(words) < _MIN_WORDS:
        return None
    sources = []
    for quote in quotes:
        if quote.speaker is None:
            continue
        at = _echo_at(quote_words(quote.text), words)
        if at is None:
            continue
        if len(words) < _MIN_PART_WORDS and quote.confidence < _SURE_SHORT:
            continue  # "'top secret'": a term as often as a quote, unless its credit is plain
        if relayed(quote_words(quote.text)[:at]):
            return None  # the words are whoever the quote reports, not its speaker's
        sources.append(quote)
    if not sources or any(_rival(sources[0], other) for other in sources[1:]):
        return None
    return sources[0]


def _rival(source: Quote, other: Quote) -> bool:
    """True when `other` is plainly credited to someone else than `source`'s speaker: a
    weaker credit (a carried-on or nearby guess) or a name sharing a word is no rival."""
    if other.confidence < _SURE_SHORT or source.speaker is None or other.speaker is None:
        return False
    return not set(source.speaker.casefold().split()) & set(other.speaker.casefold().split())


def quote_words(text: str) -> list[str]:
    """A quote's words as echoes compare them: folded, one apostrophe."""
    return [word.casefold().replace("’", "'") for word in _WORD.findall(text)]


def _echo_at(words: list[str], wanted: list[str]) -> int | None:
    """Where `wanted` starts in `words` when it is all of them, or a run of them long enough
    to be no term; else None."""
    if words == wanted:
        return 0
    size = len(wanted)
    if size < _MIN_PART_WORDS:
        return None
    starts = range(len(words) - size + 1)
    return next((at for at in starts if words[at : at + size] == wanted), None)
