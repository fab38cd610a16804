"""A quote that runs over paragraphs: «Первый абзац. / «Второй абзац», — сказал X.

Russian leaves a quote's first paragraphs open and opens each next one with a mark again;
the cue after its last part names the speaker of the whole, so an open part takes the
speaker of the part that follows it (a part with no cue of its own was nobody's or was
carried over from whoever spoke before)."""

from __future__ import annotations

from dataclasses import replace

from store.models import AttributionHow, Quote, QuoteKind

_CLOSING = '»“”"'
_OPENING = '«„“"'


def run_on(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """The quotes with each open part given its continuation's speaker, last part first."""
    out = list(quotes)
    first_in: dict[int, int] = {}  # a paragraph: its first direct quote
    for at, quote in enumerate(out):
        if quote.kind == QuoteKind.DIRECT and quote.paragraph is not None:
            first_in.setdefault(quote.paragraph, at)
    for at in sorted(range(len(out)), key=lambda i: _key(out[i]), reverse=True):
        quote = out[at]
        if not _open_part(quote, paragraphs):
            continue
        assert quote.paragraph is not None  # _open_part holds only paragraphs' quotes
        following = first_in.get(quote.paragraph + 1)
        if following is None or not _opens(out[following], paragraphs):
            continue
        part = out[following]
        if part.speaker is not None:
            out[at] = replace(
                quote,
                speaker=part.speaker,
                role=part.role,
                cue=part.cue,
                how=part.how,
                confidence=part.confidence,
            )
    return out


def _key(quote: Quote) -> tuple[int, int]:
    return (-1 if quote.paragraph is None else quote.paragraph, quote.start)


def _open_part(quote: Quote, paragraphs: tuple[str, ...]) -> bool:
    """A direct quote left open at its paragraph's end, with no cue of its own."""
    if quote.kind != QuoteKind.DIRECT or quote.paragraph is None:
        return False
    if quote.how not in (None, AttributionHow.CARRIED):
        return False
    raw = paragraphs[quote.paragraph]
    opened = raw[: quote.start].rstrip()[-1:]
    return opened in _OPENING and not any(mark in raw[quote.end :] for mark in _CLOSING)


def _opens(quote: Quote, paragraphs: tuple[str, ...]) -> bool:
    """Whether a quote opens its paragraph with a mark (the next part of a running one)."""
    assert quote.paragraph is not None
    raw = paragraphs[quote.paragraph]
    return not raw[: quote.start].strip(" " + _OPENING) and raw.lstrip()[:1] in _OPENING
