"""A capitalised word opening a sentence before a plural noun for people is no name.

"Small groups of protesters marched ..., chanting “...”" and "Angry dockers marched" read
"Small" and "Angry" as a one-word subject, and so as a speaker's surname. A name is not
followed by a noun for people in the plural; an adjective is ("Renn supporters chanted"
is no Renn either): the sentence then has no subject to speak for it. Roles are left out:
"FBI officials said" and "Renn aides said" speak for the body or person they serve.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set
from store.quotes.person_words import PEOPLE_NOUNS, singular

# Collective nouns a sentence opens with before the people they count.
_COLLECTIVES = word_set("group band handful number dozen hundred thousand crowd bunch")


def before_plural_people(word: str, following: str) -> bool:
    """True when a lone capitalised `word` goes on with a plural noun for people."""
    if not word[:1].isupper() or word.isupper():
        return False  # "FBI agents": a body's people
    if not following.isalpha() or not following.islower():
        return False
    noun = singular(following)
    if noun == following:
        return False  # "Kerr aide": a singular noun may still follow a name's owner
    return noun in PEOPLE_NOUNS or noun in _COLLECTIVES
