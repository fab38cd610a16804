"""Who-said words that a quote's speaker only quotes: “He said, ‘Nobody move,’” said Kerr.

The whole quote is Kerr's, who said all of it, but ‘Nobody move’ is the words of the "he"
she tells of (store/quotes/nested_quotes.py). A question asking for those words must not be
answered "Kerr said it": the match is marked, and the answer says Kerr was quoting someone.
Which words the question matched is read word by word, as `shares_meaning` reads a match:
the meaning words the inner quotes hold and the rest of the quote does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from store.quotes.nested_quotes import inner_spans
from store.search.quotes import words_held
from store.search.records import Match, MatchKind
from store.search.tokens import content_words


def marked_quoting(matches: Sequence[Match], asked: str) -> list[Match]:
    """The matches, each marked `quoting` when the words asked are inner words it relays."""
    return [replace(m, quoting=True) if asks_inner_words(m, asked) else m for m in matches]


def asks_inner_words(match: Match, asked: str) -> bool:
    """Whether most of the question's meaning words the quote holds are in its inner quotes
    only: the words of someone its speaker quotes."""
    if match.kind != MatchKind.QUOTE or not match.paragraph:
        return False
    inner, outer = split_quote(match.paragraph, match.text)
    if not inner:
        return False
    meaning = content_words(asked)
    held = [word for word in meaning if words_held([word], match.text)]
    inner_only = [w for w in held if words_held([w], inner) and not words_held([w], outer)]
    return len(inner_only) * 2 > len(held)


def split_quote(paragraph: str, quote: str) -> tuple[str, str]:
    """(inner words, the rest) of a quote as it stands in its paragraph; ("", quote) when it
    relays no one or is not found there."""
    start = paragraph.find(quote)
    if start < 0:
        return "", quote
    spans = inner_spans(paragraph, start, start + len(quote))
    inner = " ".join(paragraph[a:b] for a, b in spans)
    outer = quote
    for a, b in spans:  # blanked, not cut: the words either side stay apart
        outer = outer[: a - start] + " " * (b - a) + outer[b - start :]
    return inner, outer
