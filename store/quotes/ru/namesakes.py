"""A bare surname several people of a Russian article bear: capped once both are named.

"сказал Сомов" after Павел Сомов is named, and before Олег Сомов is, means Павел: the reader
knows no other Сомов yet (which bearer, and a headline's "Сомов: …", the English side decides
alike: store/quotes/namesake_policy.py). Once both are named, the Сомов named last before the
cue is the likelier but no sure pick, and its confidence is capped as the English side caps it
(store/quotes/namesakes.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from store.models import AttributionHow, Quote
from store.quotes.namesakes import SHARED_NAME


def hedged(quotes: Sequence[Quote], shared: set[tuple[int | None, str]]) -> list[Quote]:
    """Quotes credited by a bare surname two people named by then bear (`shared`: the
    paragraph and speaker of each such cue), their confidence held at the namesake cap."""
    return [
        replace(q, confidence=min(q.confidence, SHARED_NAME))
        if q.how == AttributionHow.SURNAME and (q.paragraph, q.speaker) in shared
        else q
        for q in quotes
    ]
