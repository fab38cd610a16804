"""The person a reporter or outlet is said to quote: "The Harbour News quoted Kerr as saying,
“...”" gives Kerr's words, not the paper's.

The participle after "as" speaks for the object of "quoted" (or "cited"), never for the
sentence's subject, who only relays them; the passive "was quoted as saying" keeps its
subject (it has no object).
"""

from __future__ import annotations

import re

from store.quotes.speech import Subject

# "quoted Kerr as", "cited an aide to the mayor as": the object, with no comma, colon or mark
# in it (an appositive's commas are left to the sentence's own reading).
_QUOTED_OBJECT = re.compile(
    r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<who>[^,;:“”\"()]{1,80}?)\s+as\s*$"
)


def quoted_object(text: str, start: int, verb_start: int) -> Subject | None:
    """The object of "quoted ... as" right before the participle at `verb_start` (within the
    sentence opening at `start`), as the participle's subject; None when there is none."""
    match = _QUOTED_OBJECT.search(text, start, verb_start)
    if match is None:
        return None
    return Subject(match["who"], match.start("who"))


_QUOTING_LEAD = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+$")


def quoted_lead(lead: str) -> bool:
    """True when the words before a cue's speaker end on the verb that quotes them ("The
    Harbour News quoted [Kerr as saying ...]"): the speaker opens the reported clause."""
    return _QUOTING_LEAD.search(lead) is not None
