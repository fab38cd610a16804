"""A speaker that is a determiner alone ("Another", "One", "Some") names no one.

"Another who travelled from Dunmore said ... “...,” the man said": "the man" resolved to the
description, whose head the cue's reader cut away, and the answer showed a speaker called
"Another". When the quote's own sentence does not write the word, it keeps no speaker
(junk_speakers runs this over every speaker). Written there ("“...,” tweeted another" in a list
of posts) it is the cue's own subject, kept as written. Quantifiers of a group ("Others",
"Several", "Many") stay their descriptions.
"""

from __future__ import annotations

from store.quotes.whole_words import writes_word

_BARE = frozenset("a an one another some".split())


def bare_determiner(name: str, sentence: str) -> bool:
    """True for a speaker's name that is one determiner and nothing else, which the quote's
    own `sentence` does not write (another mention there, "the man", was resolved to it)."""
    word = name.strip().casefold()
    if word not in _BARE:
        return False
    return not writes_word(sentence.casefold(), word)
