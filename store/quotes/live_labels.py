"""A headline's part that labels the page, not a claim: "Storm Edda: latest updates".

Live pages and explainers title a topic, a colon and a label ("… : live updates", "… : what
we know", "… : as it happened"). The colon's shape is that of "Kerr: we will win", but the
part after it says nothing: nobody made a statement, whatever the part before names.
"""

from __future__ import annotations

import re

# "latest", "the latest updates", "live blog", "live coverage from Kyiv", "latest on the storm".
_LIVE = re.compile(
    r"(?:the\s+)?(?:latest|live)(?:\s+(?:updates?|news|developments|coverage|blog|reaction))?"
    r"(?:\s+(?:on|from|as|after|in|at)\b.*)?",
    re.I,
)
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
    return bool(_LIVE.fullmatch(words) or _EXPLAINER.fullmatch(words))
