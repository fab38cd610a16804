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


def echo_source(words: list[str], quotes: Iterable[Quote]) -> Quote | None:
    """The first credited quote whose words hold `words` (quote_words) as an echo does."""
    if len(words) < _MIN_WORDS:
        return None
    for quote in quotes:
        if quote.speaker is None or not _echoes(quote_words(quote.text), words):
            continue
        if len(words) < _MIN_PART_WORDS and quote.confidence < _SURE_SHORT:
            continue  # "'top secret'": a term as often as a quote, unless its credit is plain
        return quote
    return None


def quote_words(text: str) -> list[str]:
    """A quote's words as echoes compare them: folded, one apostrophe."""
    return [word.casefold().replace("’", "'") for word in _WORD.findall(text)]


def _echoes(words: list[str], wanted: list[str]) -> bool:
    """True when `wanted` is all of `words`, or a run of them long enough to be no term."""
    if words == wanted:
        return True
    size = len(wanted)
    if size < _MIN_PART_WORDS:
        return False
    return any(words[at : at + size] == wanted for at in range(len(words) - size + 1))
