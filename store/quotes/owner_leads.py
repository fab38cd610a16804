"""A determiner before a possessive speaker is the speaker's own: "The mayor's office said",
"In a statement, the city's lawyers said", "But the union's leaders said".

The mention of "the mayor's office" opens at the possessive ("mayor's office"): the "The"
before it was left to the words before the speaker, where reported.py found a word no
sentence opening holds, and dropped the statement ("Farrow's office said" was read).
"""

from __future__ import annotations

import re

from store.quotes.mentions import Mention

# A possessive opening the speaker's words: "mayor's", "city’s", "retailers'".
_OWNER = re.compile(r"^[\w-]+(?:['’]s|s['’])\s")
_DETERMINER = re.compile(r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s*$")


def without_owner_determiner(tail: str, mention: Mention) -> str:
    """The words before a speaker, less a determiner that opens the speaker's possessive."""
    if not _OWNER.match(mention.text):
        return tail
    found = _DETERMINER.search(tail)
    return tail if found is None else tail[: found.start()]
