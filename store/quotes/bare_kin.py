""" "Her son Tobias said …": a relative known by a first name alone is no sure credit.

The quote goes to the right person, but "Tobias" is no one a reader can look up, and when
kin_surnames.py found no owner to lend a surname the credit stayed at the named line
(0.92-0.94). A speaker of one word that the article writes only right after a family
relation ("her son Tobias", "his wife, Lena,") is capped below the sure credits; one the
article also names in full ("Tobias Vale … her son Tobias") keeps its confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.models import Quote
from store.quotes.lexicon import KIN_WORDS

# The relation before the name: "her son Tobias", "his wife, Lena", "Kerr's daughter Ada".
_RELATION = r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[A-Z][\w-]*(?:’s|'s))\s+(?P<noun>[a-z]+),?\s+"


def capped_bare_kin(
    quotes: Iterable[Quote], paragraphs: tuple[str, ...], cap: float
) -> list[Quote]:
    """The quotes, those of a relative named by a first name alone capped at `cap`."""
    quotes = list(quotes)
    text = "\n".join(paragraphs)
    single = {
        q.speaker for q in quotes if q.speaker and q.confidence > cap and _one_word(q.speaker)
    }
    bare = {name for name in single if _kin_only(name, text)}
    return [
        replace(quote, confidence=cap)
        if quote.speaker in bare and quote.confidence > cap
        else quote
        for quote in quotes
    ]


def _one_word(name: str) -> bool:
    return " " not in name and name[:1].isupper()


def _kin_only(name: str, text: str) -> bool:
    """True when `name` follows a family relation and never opens a full name in `text`."""
    kin = re.compile(_RELATION + rf"{re.escape(name)}\b")
    if not any(match["noun"] in KIN_WORDS for match in kin.finditer(text)):
        return False
    return re.search(rf"\b{re.escape(name)}\s+[A-Z][a-z]", text) is None
