"""Quotes credited by a surname that their article gives to two people: hedged, not sure.

"Kerr also said …" in an article quoting Ada Kerr and Tom Kerr is credited to one of them
by the extractor's guess; the answer says "probably", and why (handlers/sureness.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlite_utils import Database

from handlers.records import Hit
from store.models import AttributionHow
from store.search import words
from store.search.namesakes import shared_surnames


def hedge_namesakes(db: Database, hits: Sequence[Hit]) -> list[Hit]:
    """The hits, those credited by a surname two people of their article bear marked so."""
    by_surname = [h for h in hits if h.how == AttributionHow.SURNAME and h.speaker]
    if not by_surname:
        return list(hits)  # most answers: no query at all
    shared = shared_surnames(db, [h.article.id for h in by_surname])
    return [_marked(hit, shared.get(hit.article.id, frozenset())) for hit in hits]


def _marked(hit: Hit, shared: frozenset[str]) -> Hit:
    if hit.how != AttributionHow.SURNAME or not hit.speaker:
        return hit
    surname = words(hit.speaker)[-1:]
    return replace(hit, namesake=surname[0]) if surname and surname[0] in shared else hit
