"""The person a reporter or outlet is said to quote: "The Harbour News quoted Kerr as saying,
“...”" gives Kerr's words, not the paper's.

The participle after "as" speaks for the object of "quoted" (or "cited"), never for the
sentence's subject, who only relays them. The passive has no object: in "Kerr was quoted
(by the paper) as saying" and "Kerr, cited by an aide as saying" the subject speaks, and
what follows "quoted" is where or by whom.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import BE_FORMS
from store.quotes.speech import Subject

_QUOTING = r"(?:quoted|quotes|quoting|cited|cites|citing)"
# "quoted Kerr as", "cited an aide to the mayor as": the object, with no comma, colon or mark
# in it (an appositive's commas are left to the sentence's own reading).
_QUOTED_OBJECT = re.compile(rf"\b(?P<verb>{_QUOTING})\s+(?P<who>[^,;:“”\"()]{{1,80}}?)\s+as\s*$")
_PARTICIPLES = frozenset(("quoted", "cited"))
# What makes "quoted" a passive's participle: "was quoted", "has been cited", "Kerr, quoted".
_PASSIVE_LEADS = BE_FORMS
_ADVERBS = frozenset("also often later then widely once".split())


def quoted_object(text: str, start: int, verb_start: int) -> Subject | None:
    """The object of "quoted ... as" right before the participle at `verb_start` (within the
    sentence opening at `start`), as the participle's subject; None when there is none."""
    match = _QUOTED_OBJECT.search(text, start, verb_start)
    if match is None or match["who"].casefold().split()[:1] == ["by"]:
        return None  # "was cited by Tom Lind as saying": the agent, not the one quoted
    if match["verb"] in _PARTICIPLES and _passive(text[start : match.start()]):
        return None  # "was quoted in the paper as saying": the subject speaks
    return Subject(match["who"], match.start("who"))


def _passive(lead: str) -> bool:
    """True when the words before a participle "quoted" make it passive: an auxiliary ("was",
    "has been", past an adverb such as "often") or a comma ("Kerr, quoted by ...")."""
    if lead.rstrip().endswith(","):
        return True
    words = [word for word in lead.split() if word.casefold() not in _ADVERBS]
    return bool(words) and (words[-1].casefold() in _PASSIVE_LEADS or words[-1].endswith(","))


_QUOTING_LEAD = re.compile(rf"\b{_QUOTING}\s+$")


def quoted_lead(lead: str) -> bool:
    """True when the words before a cue's speaker end on the verb that quotes them ("The
    Harbour News quoted [Kerr as saying ...]"): the speaker opens the reported clause."""
    return _QUOTING_LEAD.search(lead) is not None
