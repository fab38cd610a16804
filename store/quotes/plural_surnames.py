"""A surname that is a role's plural: "Kings added" after "said winger Dara Kings".

The mention reader takes a lone capitalised plural of a word for people or a role ("Aides
say", "Judges said") for a description of those people (bare_plurals.capitalised_plural),
so the surname of Dara Kings, Amy Judges or Joan Speakers lost its bearer. When someone of
that surname has already spoken, the word is that person's again. "Aides say" in an
article whose speakers hold no such surname stays a description, and so does a plural the
lexicon lists as a group's own name ("Democrats" after "Ohio Democrats" read as a name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from store.quotes.lexicon import ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person


def surnamed_plural(
    mention: Mention, bearers: Callable[[str], list[Person]], spoke: Iterable[Person]
) -> Mention:
    """The lone capitalised word read as a description, as a name when a speaker so far
    bears it as a surname (or first name), else the mention as read."""
    word = mention.text
    if mention.kind != MentionKind.DESCRIPTION or not _capitalised_word(word):
        return mention
    if word.casefold() in ROLE_WORDS:
        return mention  # "Democrats", "Republicans": a party's people, whoever bears it
    found = {id(person) for person in bearers(word)}
    if not found or not any(id(person) in found for person in spoke):
        return mention
    return replace(mention, kind=MentionKind.NAME, name=word)


def _capitalised_word(word: str) -> bool:
    """One word, capitalised as a name is: "Kings", not "the kings" nor "KINGS"."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()
