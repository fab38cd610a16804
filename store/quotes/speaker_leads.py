"""The speaker's own words before its mention, which open no clause of the writer's: a
determiner before a possessive or a count ("The mayor's office said", "The two men said"),
and the names before the last of a list ("Nasser and Finch said").

A mention opens at the possessive ("mayor's office"), the count ("two men") or the list's
last name ("Finch", the cast joining the pair): the words before it were left to the words
before the speaker, where reported.py found words no sentence opening holds and dropped the
statement ("Farrow's office said" and "Finch said" were read).
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import DESCRIPTION_OPENERS
from store.quotes.mentions import MentionKind, read_mention

# A possessive opening the speaker's words: "mayor's", "city’s", "retailers'".
_OWNER = re.compile(r"^[\w-]+(?:['’]s|s['’])\s")
_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s*$")
# Names joined to the speaker's by "and": "Ada Nasser and ", "Nasser, Finch and " (after the
# comma the split of the lead leaves " Finch and ").
# A pronoun among them ("She and Finch said") leaves the list no name to join.
_LISTED = re.compile(
    r"(?:^|\s)(?!(?:He|She|They|We|I|You|It)\s)(?:[A-Z][\w’'.-]*\s+){1,4}(?:and|&)\s+$"
)


def without_speaker_words(tail: str, event: Event) -> str:
    """The words before a speaker, less a determiner that opens the speaker's possessive or
    count, or the names listed before the speaker's when the cast joined them ("Georgia and
    Virginia" names no pair of speakers)."""
    mention = event.mention
    if mention.kind == MentionKind.NAME:
        joined = event.speaker is not None and " and " in event.speaker.name
        listed = _LISTED.search(tail) if joined else None
        return tail if listed is None else _before_first_name(tail, listed.start())
    first = mention.text.split(None, 1)[0].casefold()
    if not (_OWNER.match(mention.text) or first in DESCRIPTION_OPENERS):
        return tail
    found = _DETERMINER.search(tail)
    return tail if found is None else tail[: found.start()]


def _before_first_name(tail: str, listed: int) -> str:
    """The words before the list's first name, which must be a person's name ("But Nasser
    and" leaves "But"; "Critics Per Lund and" reads as no name, and is left whole)."""
    words = tail[listed:].rstrip()
    first = read_mention(words[: words.rfind(" ")].strip())
    if first is None or first.kind != MentionKind.NAME:
        return tail
    return tail[: listed + len(words) - len(words.lstrip()) + first.start]
