"""Cues that point back across a comma: "Тарифы не вырастут, о чем сообщил Петров".

Besides a sentence of its own ("Об этом заявил X": store.quotes.ru.pointing), agency copy
may join the speaker to the statement with a comma and a relative "о чем" or "об этом"
("…, об этом он сказал на брифинге"): the words before the comma are the speaker's, from
the sentence's start, as after an inverted cue ("…, сообщила Захарова").
"""

from __future__ import annotations

import re

# The comma, "о чем" or "об этом", then a few words (when, where, to whom) up to the cue.
_COMMA_ABOUT = re.compile(
    r",\s+(?:о\s+ч[её]м|об\s+этом)(?:\s+[^.!?…,:;«»„“\"\x01—–]{1,40}?)?\s*$", re.IGNORECASE
)
_WINDOW = 60  # the relative stands this close before its cue or not at all


def comma_back(text: str, cue: int) -> int | None:
    """Where the comma stands that a cue at `cue` points back across, if it does."""
    begin = max(0, cue - _WINDOW)
    window = text[begin:cue]
    if "о ч" not in window and "этом" not in window:
        return None  # most cues: substring tests, no regex
    found = _COMMA_ABOUT.search(text, begin, cue)
    return found.start() if found is not None else None
