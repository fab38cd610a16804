"""“...,” said one Dover Republican. Another said, “...”": another of the same description.

"Another" (or "yet another") with no noun of its own borrows the noun of the unnamed speaker
just before it in the paragraph: "said one Dover Republican ... Another said" is another
Dover Republican, a description of its own, never the one before. With no described
speaker right before, the mention is read as it was.
"""

from __future__ import annotations

from store.quotes.antecedents import many_people
from store.quotes.lexicon import INDEFINITE_DETERMINERS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person

_ANOTHER, _YET_ANOTHER = "another", "yet another"


def another_one(mention: Mention, before: Person | None) -> Mention:
    """The description a bare "another" stands for after the speaker `before`; else, and for
    any other mention, the mention unchanged."""
    if mention.text.casefold() != _ANOTHER:
        return mention
    words = before.name.split() if before is not None else []
    if len(words) < 2 or words[0].casefold() not in INDEFINITE_DETERMINERS:
        return mention
    if many_people(words[-1].casefold()):
        return mention  # "a group of voters ... Another said": not one of them
    # "added another Dover Republican. Yet another said": a third one, not the second again.
    other = _YET_ANOTHER if words[0].casefold() == _ANOTHER else _ANOTHER
    return _plain(mention, " ".join([other, *words[1:]]))


def _plain(mention: Mention, text: str) -> Mention:
    return Mention(text, MentionKind.DESCRIPTION, start=mention.start, end=mention.end)
