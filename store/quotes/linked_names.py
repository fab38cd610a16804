"""A full name ending a description's "of" phrase: "the campaign of Tom Vance" names Vance.

The mention reader reads "the campaign of Tom Vance" as one description, and the cast then
files no one at all: the man is in no paragraph's names, his later lone "Vance" names no one
known, and a "he" in a sentence about him goes back to whoever spoke before. A run after
"of" with a known first name ("Tom Vance", not "Roads and Harbours" or "New Hampshire") is
that person, named where narration names him, in no subject's place (read_names decides
that as for any name). A run after "for", "at" or "in" is often a body's or a place's name
("the Center for Trade Studies", "a rally in Tom Vance Park") and is left alone.
"""

from __future__ import annotations

from store.quotes.lexicon import Gender
from store.quotes.mentions import Mention, MentionKind
from store.quotes.salience import first_name_gender


def linked_name(mention: Mention | None, word: str) -> Mention | None:
    """The person a description's closing "of Tom Vance" names, as a name mention; else
    the mention unchanged."""
    if mention is None or mention.kind != MentionKind.DESCRIPTION:
        return mention
    words = word.split()
    if len(words) < 2 or not mention.text.endswith(f" of {word}"):
        return mention
    if first_name_gender(words[0]) == Gender.UNSAID:
        return mention  # "the people of New Hampshire": no first name, no one
    return Mention(
        word, MentionKind.NAME, name=word, start=mention.end - len(word), end=mention.end
    )
