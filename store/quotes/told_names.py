"""“...?” asked the boy, who said his name was Milo": the name the description's clause gives.

A description whose own relative clause tells the person's name ("who said his name was
Milo", "who gave her name as Ada Reyes", "who identified himself as Bo Renn") is that named
person: the clause is the article introducing them, so the name is what a reader would answer
to "who said it?". Only a clause right after the description, before its sentence ends.
"""

from __future__ import annotations

import re

from store.quotes.mentions import Mention, MentionKind

# ", who ... said his name was Milo", ", who gave her name as Ada Reyes": the clause up to
# the name (no sentence stop or quote between), then the name's capitalised words.
_TOLD = re.compile(
    r",\s+who\b[^.!?;\x01“”\"]{0,80}?\b(?:(?:said|says)\s+(?:his|her)\s+name\s+(?:was|is)|"
    r"gave\s+(?:his|her)\s+name\s+as|identified\s+(?:himself|herself)\s+as)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
_DESCRIBED = frozenset((MentionKind.DESCRIPTION, MentionKind.ORGANISATION))


def told_name(mention: Mention, text: str) -> Mention:
    """The name a relative clause right after the description `mention` tells, as a name's
    mention at the description's place; any other mention unchanged."""
    if mention.kind not in _DESCRIBED:
        return mention
    told = _TOLD.match(text, mention.end)
    if told is None:
        return mention
    name = told["name"]
    return Mention(name, MentionKind.NAME, name=name, start=mention.start, end=mention.end)
