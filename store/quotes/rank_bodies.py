"""Bodies whose name opens with a rank or role word: General Electric, National Grid.

"General", "National", "Federal", "Senior", "First" and "State" are title words ("General
Tom Vance", "State Sen. Ada Kerr"), so the name reader kept "Electric" as the surname of a
General. A speaker must be the whole name: when the rest is one word that is no one the cast
knows by that surname, the two words name a body ("General Electric said"). The abbreviation
("Gen. Vance") is always a person's title and stays one.
"""

from __future__ import annotations

from dataclasses import replace

from store.quotes.mentions import Mention, MentionKind

# Title words that also open the names of companies and bodies, spelt out and capitalised.
_BODY_OPENERS = frozenset(("General", "National", "Federal", "Senior", "First", "State"))


def rank_body(mention: Mention) -> Mention:
    """The mention as a body's whole name when it is a body-opening title word and one
    unknown word ("General Electric"), else as read; the caller tried the surname first."""
    if mention.kind != MentionKind.NAME or not mention.name or " " in mention.name:
        return mention
    words = mention.text.split()
    if len(words) != 2 or words[0] not in _BODY_OPENERS or words[1] != mention.name:
        return mention
    return replace(mention, kind=MentionKind.ORGANISATION, name=mention.text, role=None)
