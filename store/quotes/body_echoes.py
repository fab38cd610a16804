"""A quote with no cue that repeats words quoted earlier: "So much for “not for sale”".

"“Grant is not for sale at any price,” Keswick said." then, later, "So much for “not for
sale at any price”": the writer quotes the words again, and they are still Keswick's. A
quote nobody was credited with takes the speaker of the earlier quote that holds all its
words (headline_echoes' rule: three words at least, or all of a plainly credited quote),
no surer than that credit and a headline echo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from store.models import AttributionHow, Quote, QuoteKind
from store.quotes.confidence import confidence_of
from store.quotes.headline_echoes import echo_source, quote_words
from store.quotes.relayed_words import crowd_words


def credit_echoes(quotes: list[Quote], paragraphs: Sequence[str]) -> list[Quote]:
    """The quotes, each uncredited direct quote that echoes an earlier one credited to its
    speaker, unless a crowd's words are what its sentence brings in ("the away end sang")."""
    ceiling = confidence_of(AttributionHow.HEADLINE)
    credited: list[Quote] = []
    out: list[Quote] = []
    for quote in sorted(quotes, key=_place):
        if quote.kind != QuoteKind.DIRECT or quote.paragraph is None:
            out.append(quote)
            continue
        # Only a quote nobody was credited with: a nearby cue's guess stays (overriding it was
        # one right and one wrong on the bench).
        uncredited = not quote.speaker and not crowd_words(paragraphs, quote)
        source = echo_source(quote_words(quote.text), credited) if uncredited else None
        if source is not None:
            quote = replace(
                quote,
                speaker=source.speaker,
                role=source.role,
                how=source.how,
                confidence=min(source.confidence, ceiling),
            )
        elif quote.speaker and quote.how != AttributionHow.NEARBY:
            credited.append(quote)  # a guess is no source to echo
        out.append(quote)
    return out


def _place(quote: Quote) -> tuple[int, int]:
    return (-1 if quote.paragraph is None else quote.paragraph, quote.start)
