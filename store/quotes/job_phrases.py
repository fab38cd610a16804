"""A job no word list knows, read by its shape: "the Coastguard Agency's duty controller".

After an inverted cue, "said the hospital's night controller, Wren Osgood" names Osgood
whatever her job is called: "the" or an owner's possessive, a few plain lower-case words, and
maybe where the job is held ("at the agency", "for Harlow Council"). The name after the comma
is the person; the phrase, with no verb or clause in it, is only what she does.
"""

from __future__ import annotations

import re

from store.quotes.according_names import qualifying_word
from store.quotes.lexicon import DETERMINERS

# The owner: capitalised words ending on a possessive ("Coastguard Agency's").
_OWNER = re.compile(r"(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*[’']s")
# Where the job is held: a preposition, a determiner maybe, a few words of a place or body.
_PLACE = re.compile(
    r"(?:at|of|for|with|in|on)\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w’'&-]*\s+){0,3}[A-Za-z][\w&-]*"
)
_JOB_WORDS = 4  # plain words of the job itself: "chief ropework instructor", "duty controller"
_PLACE_WORDS = 5


def unlisted_job(chunk: str) -> bool:
    """True for "the/possessive + plain job words (+ where it is held)", a role by shape."""
    words = chunk.split()
    if not words or words[0].casefold() not in DETERMINERS:
        return False
    rest = words[1:]
    owner = _OWNER.match(" ".join(rest))
    if owner is not None:
        rest = rest[len(owner.group().split()) :]
    job = 0
    while job < len(rest) and job < _JOB_WORDS and _plain(rest[job]):
        job += 1
    if job == 0:
        return False
    place = " ".join(rest[job:])
    if not place:
        return True
    return len(rest) - job <= _PLACE_WORDS and _PLACE.fullmatch(place) is not None


def _plain(word: str) -> bool:
    """A lower-case word that qualifies a job ("duty", "hospital's"), no function word."""
    bare = word.removesuffix("'s").removesuffix("’s")
    return bare.islower() and bare.casefold() not in DETERMINERS and qualifying_word(bare)
