"""Quotes credited by a surname that their article gives to two people: hedged, not sure.

"Kerr also said …" in an article quoting Ada Kerr and Tom Kerr is credited to one of them
by the extractor's guess; the answer says "probably", and why (handlers/sureness.py). Before
the other Kerr is named ("Kerr told reporters" in the second paragraph) there is no doubt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlite_utils import Database

from handlers.records import Hit
from store.models import AttributionHow
from store.search import words
from store.search.namesakes import named_by_then, shared_surnames


def hedge_namesakes(db: Database, hits: Sequence[Hit]) -> list[Hit]:
    """The hits, those credited by a surname another person of their article bears (named by
    then) marked so."""
    by_surname = [h for h in hits if h.how == AttributionHow.SURNAME and h.speaker]
    if not by_surname:
        return list(hits)  # most answers: no query at all
    shared = shared_surnames(db, [h.article.id for h in by_surname])
    return [_marked(db, hit, shared.get(hit.article.id, {})) for hit in hits]


def _marked(db: Database, hit: Hit, shared: dict[str, frozenset[str]]) -> Hit:
    if hit.how != AttributionHow.SURNAME or not hit.speaker:
        return hit
    name = words(hit.speaker)
    if len(name) < 2 or name[-1] not in shared:
        return hit
    others = [n for n in shared[name[-1]] if words(n)[-2:] != name[-2:]]
    if not named_by_then(db, hit.article.id, hit.paragraph, others):
        return hit
    return replace(hit, namesake=name[-1])
