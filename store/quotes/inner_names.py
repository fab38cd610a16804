"""A name that is only the object of a description's preposition, never its head.

"Tom Byrne, an aide to Bob Clanton said": the appositive "an aide to Bob Clanton" was never
closed with its comma, and the name inside it is whom the aide serves, not who speaks. The
speaker is the name the appositive describes.
"""

from __future__ import annotations

from store.quotes.mentions import Mention, MentionKind

# Words that open a description ("an aide", "the former head").
_DETERMINERS = frozenset("a an the his her their its".split())
# Words that tie a description to the person or body it is about ("an aide to", "agent for").
_LINKS = frozenset("to for under of with at from".split())


def named_inside_description(chunk: str, mention: Mention) -> bool:
    """True when `mention` (read from `chunk`) names the object of a description's link word:
    "an aide to Bob Clanton", "the attorney general under President Tom Bosh"."""
    if mention.kind != MentionKind.NAME or mention.start <= 0:
        return False
    words = chunk.split()
    if not words or words[0].casefold() not in _DETERMINERS:
        return False
    before = chunk[: mention.start].split()
    return bool(before) and before[-1].casefold() in _LINKS
