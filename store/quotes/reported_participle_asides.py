"""A speaker's own participle aside before the verb that reports her: "A harbour official,
speaking on condition of anonymity, said the fleet would sail." The cue found is the aside's
"speaking", which reports nothing; the statement hangs on the "said" after the aside's comma,
whose subject is the same speaker (the aside sits between her and her verb).
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.attributions import Event

# Participles of speaking that open an aside about how the speaker spoke, not what she said.
_ASIDE_PARTICIPLES = frozenset(("speaking", "writing", "talking", "testifying"))
# The rest of the aside (no clause mark, no quote), its closing comma, then the speaker's verb.
_AFTER_ASIDE = re.compile(
    r"[^,;:.!?“”\"«»\x01]{1,100},\s+(?P<verb>said|says|told|tells|added|adds|wrote|writes)\b"
)


def aside_participle_cue(text: str, event: Event) -> Event:
    """The event moved from an aside's participle to the verb after it ("X, speaking to
    reporters, said ..."), when the aside comes right after its speaker; else the event."""
    if event.verb.casefold() not in _ASIDE_PARTICIPLES or event.inverted:
        return event
    verb_at = event.end - len(event.verb)
    if text[event.mention.end : verb_at].strip() != ",":
        return event  # not set off right after the speaker: "X said, speaking to ..."
    after = _AFTER_ASIDE.match(text, event.end)
    if after is None:
        return event
    return replace(event, verb=after["verb"], end=after.end("verb"))  # start: the mention's
