"""A statement of the writer's words ending in a quote that its cue splits: "The long queue
shows “the bakery has earned it,” she says, “though I never liked rye.”"

The words before the cue are her statement, though the quote goes on after it; that holds
only when they end in the quote's first half (",”" right before the speaker) and show a verb
of the writer's own outside the marks ("shows"), not an opening ("In an interview,", "When
the rule takes effect,", "Remarking on her “empathy,”") before a direct quote.
"""

from __future__ import annotations

from store.quotes.clause_subjects import shows_finite
from store.quotes.reported_shapes import MARKED, QUOTE_MARKS
from store.quotes.statement_words import REPORTED_CLAUSE_SUBORDINATORS

_CLOSING = frozenset('”"»')


def split_quote(raw_lead: str, lead: str) -> bool:
    """True when the words before the speaker (raw, and masked as reported.py reads them) end
    in a quote's first half after a clause of the writer's with its own verb."""
    raw_lead = raw_lead.rstrip()
    if raw_lead[-1:] not in _CLOSING or not raw_lead[:-1].rstrip("’'").endswith(","):
        return False
    if raw_lead.lstrip()[:1] in QUOTE_MARKS:
        return False  # “…,” she says, “…”: one direct quote split by its credit
    own = [w for w in lead.split() if MARKED.isdisjoint(w)]
    if not own or own[0].casefold() in REPORTED_CLAUSE_SUBORDINATORS or own[0].endswith("ing"):
        return False  # "When the rule takes effect, “…,” she said": an opening, no clause
    return shows_finite(" " + " ".join(own), reach=len(own))
