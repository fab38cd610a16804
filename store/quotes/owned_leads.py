"""'His daughter Lucy said the roof leaked': a possessive before a described name.

kind_leads.py lets "The charity Harbourwell said" report its clause: the words before the
name describe the speaker, who is still the subject. A possessive pronoun does the same
("His daughter Lucy said", "Her coach Ivo Brandt told", "Its chief executive Ada Kerr said"),
but only "the", "a" and "an" were read so, and the statement was lost. The possessive must
open the sentence (capitalised: "told her son Ivo" is an object), and the mention carry its
role ("daughter Lucy"), or lower-case words ending in a noun that can speak stand between.
"""

from __future__ import annotations

from store.quotes.kind_leads import MAX_KIND_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.person_words import can_speak

_POSSESSIVES = frozenset(("His", "Her", "Their", "Its"))


def owner_before_name(tail: str, mention: Mention) -> bool:
    """True when the whole opening of the sentence before the named `mention` is a
    possessive and a description of the speaker ("His" + "daughter Lucy", "Her old coach")."""
    words = tail.split()
    if mention.kind != MentionKind.NAME or not words or words[0] not in _POSSESSIVES:
        return False
    if len(words) == 1:
        return bool(mention.role)  # "His [daughter Lucy]": the cast read the role
    kind = words[1:]
    plain = all(word.isalpha() and word.islower() for word in kind)
    return len(words) <= MAX_KIND_WORDS and plain and can_speak(kind[-1])
