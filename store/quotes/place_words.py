"""Last words that make a capitalised name a place or an institution, never "he" or "she".

A part of the extraction's lexicon (lexicon.py is full), read by salience.name_like:
"Boca West", "Sandy Hook", "Holocaust Memorial Museum" were taken for people a pronoun could
mean. The lexicon's organisation words already cover bodies ("Committee", "Post"); these
are places and buildings, kept apart because a known first name before them still makes a
person ("Anita Hill" is not on this list, nor is "Hall").
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

PLACE_LAST_WORDS = word_set(
    """
    museum memorial library school academy hospital airport stadium arena plaza mall
    project coalition alliance caucus weekly daily gazette
    beach county island islands valley hook heights harbor harbour bay springs falls
    west east north south
    """
)
