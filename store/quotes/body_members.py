"""The person before a body named in lower case: "Watch manager Bo Renn of Kelby fire
station", "Ada Kerr of the town council".

The description reader reads such words by their last noun ("station", "council") as a
body. But a titled person before the body's "of" or "from" is the one who speaks; the body
only says where they work. The capitalised case ("Jo Lee of the Hart Center") is read in
mentions.py; this is the same shape when the body's last word is lower case.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from store.quotes.lexicon import PLACE_LINKS

if TYPE_CHECKING:
    from store.quotes.mentions import Mention

Tokens = list[tuple[str, int, int]]


def member_of_body(
    tokens: Tokens, body: Mention, read_name: Callable[[Tokens], Mention | None]
) -> Mention | None:
    """The titled person named before the link to `body`, a body's mention read from the end
    of `tokens`, else None."""
    from store.quotes.mentions import MentionKind

    if body.kind != MentionKind.ORGANISATION:
        return None
    link = _link_before(tokens, body.start)
    if link is None or not tokens[link - 1][0][:1].isupper():
        return None
    person = read_name(tokens[:link])
    if person is None or person.kind != MentionKind.NAME:
        return None
    titled = person.role is not None or " " in (person.name or "")
    return person if titled else None


def _link_before(tokens: Tokens, start: int) -> int | None:
    """Where the last "of" or "from" stands inside the body's words or just before them."""
    for at in range(len(tokens) - 2, 0, -1):
        if tokens[at][1] < start and tokens[at][0].casefold() not in PLACE_LINKS:
            return None
        if tokens[at][0].casefold() in PLACE_LINKS:
            return at
    return None
