"""How an attribution was made, and how sure it is: one confidence for each way.

The confidences are each way's share of right speakers on the development set's train split
(`make bench-quotes` prints them beside the calibration table), rounded down: a way that is
right 96 times in 100 there says 0.96. They are properties of the method, never of an article.
"""

from __future__ import annotations

from store.models import AttributionHow
from store.quotes.attributions import Event
from store.quotes.mentions import MentionKind

# Verbs the layout stands in for: a colon after a name or label, a dash before a credit.
LAYOUT_CUES = frozenset({":", "—"})

CONFIDENCE: dict[AttributionHow, float] = {
    AttributionHow.NAMED: 0.97,
    AttributionHow.SURNAME: 0.95,
    AttributionHow.ORGANISATION: 0.9,
    AttributionHow.LAYOUT: 0.9,
    AttributionHow.RELATIVE: 0.9,
    AttributionHow.HEADLINE: 0.85,
    AttributionHow.CARRIED: 0.85,
    AttributionHow.PRONOUN: 0.8,
    AttributionHow.DESCRIPTION: 0.75,
    AttributionHow.NEARBY: 0.6,
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
