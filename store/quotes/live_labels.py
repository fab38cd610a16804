"""A headline's part that labels the page, not a claim: "Storm Edda: latest updates".

Live pages and explainers title a topic, a colon and a label ("… : live updates", "… : what
we know", "… : as it happened"). The colon's shape is that of "Kerr: we will win", but the
part after it says nothing: nobody made a statement, whatever the part before names.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import FINITE_AUXILIARIES

# "latest", "the latest updates", "live blog", "live coverage from Kyiv", "latest on the storm";
# "live" only with the page's noun: "live in hope" is a statement.
_PAGE_NOUN = r"(?:updates?|news|developments|coverage|blog|reaction)"
_TAIL = r"(?:\s+(?:on|from|as|after|in|at)\s+(?P<%s>[^,;]+))?"
_LIVE = re.compile(
    rf"(?:the\s+)?(?:latest(?:\s+{_PAGE_NOUN})?{_TAIL % 'tail'}"
    rf"|live(?:\s+{_PAGE_NOUN}{_TAIL % 'live_tail'})?)",
    re.I,
)
# The place or topic after "latest from ...": a few words, no verb of its own ("latest from
# the front is grim", "latest in a long line of betrayals" are statements).
MAX_TAIL_WORDS = 4
# A verb of its own: a finite auxiliary, or "be"/"been" ("latest from the front has been grim").
_FINITE_WORDS = FINITE_AUXILIARIES | {"be", "been"}
# Explainer and archive labels, the whole part after the colon.
_EXPLAINER = re.compile(
    r"(?:as\s+it\s+happened|what\s+we\s+know(?:\s+so\s+far|\s+now)?|everything\s+we\s+know"
    r"(?:\s+so\s+far)?|what\s+you\s+need\s+to\s+know|updates?)",
    re.I,
)
_EDGES = " \t\"“”«»„‘’'.!:—–-"


def live_label(claim: str) -> bool:
    """True when a headline's claim is a live page's or explainer's label."""
    words = claim.strip(_EDGES)
    if _EXPLAINER.fullmatch(words):
        return True
    live = _LIVE.fullmatch(words)
    if live is None:
        return False
    tail = live["tail"] or live["live_tail"]
    return tail is None or _place_or_topic(tail)


def _place_or_topic(tail: str) -> bool:
    """True for a short tail with no verb of its own: "Kyiv", "the storm", "the coast"."""
    words = tail.casefold().split()
    return len(words) <= MAX_TAIL_WORDS and not any(word in _FINITE_WORDS for word in words)
