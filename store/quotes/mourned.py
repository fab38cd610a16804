"""A tribute headline's quote is about the dead person it names, not theirs.

"‘She lit up every room’ – Greta Holm" or "Bram Oster: ‘He was the heart of the club’" over
"Greta Holm ... died on Sunday": the dash or colon credit reads as a speaker, but an
obituary's headline names the person it mourns and quotes what others say of them. When
the opening paragraphs (or the headline itself) say the credited person died ("X, ...,
died", "tributes have been paid to X", "the death of X", "the late X"), the headline's
quote keeps no speaker; a body quote holding its words has already given it theirs
(headline_echoes.py), and that credit is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from store.models import AttributionHow, Quote

_LEDE_PARAGRAPHS = 3  # an obituary says who died in its first lines
# A death verb after the name, with no speech or owner word between: "Greta Holm, a teacher
# for thirty years, died" is her death; "Vera Kulik said her father died" is not hers.
_DEATH_VERBS = r"(?:died|dies|has died|had died|passed away|was killed|has been killed)"
_NOT_HERS = re.compile(
    r"\b(?:said|says|told|tells|wrote|whose|her|his|their|husband|wife|son|daughter|father"
    r"|mother|brother|sister|friend)\b|[.;:!?“”\"]"
)
# The name after words of mourning: "tributes have been paid to X", "the death of X".
_MOURNING = (
    r"\b(?:[Tt]ributes?(?: \w+){0,3} (?:to|for)|death of|funeral of|mourn(?:s|ed|ing)?"
    r"|[Tt]he late|remembering|[Oo]bituary:?)\s+(?:[A-Z]\w*\.? )?"
)


def mourned_headline(quote: Quote | None, title: str, paragraphs: Sequence[str]) -> Quote | None:
    """The headline quote, without its own credit when the article mourns the one credited."""
    if quote is None or quote.how != AttributionHow.HEADLINE or quote.speaker is None:
        return quote
    texts = (title, *paragraphs[:_LEDE_PARAGRAPHS])
    if not any(_mourns(text, quote.speaker) for text in texts):
        return quote
    return replace(quote, speaker=None, role=None, how=None, confidence=0.0)


def _mourns(text: str, name: str) -> bool:
    """True when `text` says that the person `name` (or their surname) died."""
    died, mourned = _patterns(name)
    for match in died.finditer(text):
        if _NOT_HERS.search(match["between"]) is None:
            return True
    return mourned.search(text) is not None


@lru_cache(maxsize=64)
def _patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    surname = name.split()[-1]  # "Oster has died" after "Bram Oster" in the headline
    named = f"(?:{re.escape(name)}|{re.escape(surname)})"
    died = re.compile(rf"\b{named}(?:’s|'s)?\b(?P<between>[^.;]{{0,120}}?)\b{_DEATH_VERBS}\b")
    mourned = re.compile(rf"{_MOURNING}{named}\b|\b{named}(?:’s|'s) (?:death|funeral)\b")
    return died, mourned
