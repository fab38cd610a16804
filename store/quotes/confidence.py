"""How an attribution was made, and how sure it is: one confidence for each way.

The confidences are each way's share of right speakers on the development set's train split
(`make bench-quotes` prints them in its calibration table), rounded down: a way that is right
96 times in 100 there says 0.96. They are properties of the method, never of an article; dev
is the check (`make bench-quotes` prints how well they hold there).
"""

from __future__ import annotations

from store.models import AttributionHow
from store.quotes.attributions import Event
from store.quotes.mentions import MentionKind

# Verbs the layout stands in for: a colon after a name or label, a dash before a credit.
LAYOUT_CUES = frozenset({":", "—"})

# Measured at commit 699f46a (train, 840 articles; `bench_quotes.py --calibration-out`):
# right / judged direct quotes on clean (named) gold, pronouns on the noisy coreference gold,
# where fewer than 50 were judged both together. Headlines carry no gold: unmeasured, set low.
CONFIDENCE: dict[AttributionHow, float] = {
    AttributionHow.SURNAME: 0.96,  # 2126 / 2214
    AttributionHow.NAMED: 0.94,  # 1223 / 1290
    AttributionHow.ORGANISATION: 0.85,  # 182 / 213
    AttributionHow.DESCRIPTION: 0.83,  # 313 / 373
    AttributionHow.LAYOUT: 0.82,  # 38 / 46
    AttributionHow.HEADLINE: 0.75,  # not in the gold
    AttributionHow.CARRIED: 0.73,  # 69 / 94
    AttributionHow.PRONOUN: 0.71,  # 713 / 1003, noisy gold (a read of 30 misses: ~2/3 gold's)
    AttributionHow.NEARBY: 0.57,  # 88 / 152
    AttributionHow.RELATIVE: 0.56,  # 13 / 23
}

_BY_MENTION = {
    MentionKind.ORGANISATION: AttributionHow.ORGANISATION,
    MentionKind.PRONOUN: AttributionHow.PRONOUN,
    MentionKind.RELATIVE: AttributionHow.RELATIVE,
    MentionKind.DESCRIPTION: AttributionHow.DESCRIPTION,
}


def event_how(event: Event) -> AttributionHow | None:
    """How a speech event names its speaker; None when it resolved to nobody."""
    if event.speaker is None:
        return None
    if event.verb in LAYOUT_CUES:
        return AttributionHow.LAYOUT
    mention = event.mention
    if mention.kind in _BY_MENTION:
        return _BY_MENTION[mention.kind]
    if mention.name and " " not in mention.name and event.speaker.name != mention.name:
        return AttributionHow.SURNAME
    return AttributionHow.NAMED


def confidence_of(how: AttributionHow | None) -> float:
    """The confidence an attribution made this way deserves (0 for no speaker)."""
    return 0.0 if how is None else CONFIDENCE[how]
