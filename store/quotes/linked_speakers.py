"""A speaker's noun before a phrase tied to it: "a source familiar with the mayor's thinking",
"a senior diplomat close to the talks". The description's last noun ("thinking", "talks")
cannot speak, so description_mentions.py asks where the speaker's own words begin."""

from __future__ import annotations

from store.quotes.lexicon import DESCRIPTION_OPENERS, FUNCTION_WORDS
from store.quotes.person_words import SPEAKER_LINKS, can_speak

MAX_LINKED_WORDS = 9  # the whole description, as description_mentions.py's MAX_ROLE_WORDS
# Words qualifying the noun after its determiner: "a senior diplomat", "another western
# official familiar with".
MAX_MODIFIERS = 2


def linked_speaker_start(words: list[str]) -> int | None:
    """The index of the determiner opening the speaker's noun that a link word follows
    ("a [senior] source familiar with ..."), else None."""
    for at in range(len(words) - 2, 0, -1):
        if len(words) - at >= MAX_LINKED_WORDS:
            break
        if words[at + 1].casefold() in SPEAKER_LINKS and can_speak(words[at].casefold()):
            opening = _opener_before(words, at)
            if opening is not None:
                return opening
    return None


def _opener_before(words: list[str], noun: int) -> int | None:
    """Where the determiner before the noun at `noun` stands, past a modifier or two."""
    for at in range(noun - 1, max(-1, noun - 2 - MAX_MODIFIERS), -1):
        word = words[at].casefold()
        if word in DESCRIPTION_OPENERS:
            return at
        if word in FUNCTION_WORDS or not word.isalpha() or not words[at].islower():
            return None
    return None
