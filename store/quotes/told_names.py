"""“...?” asked the boy, who said his name was Milo": the name the description's clause gives.

A description whose own relative clause tells the person's name ("who said his name was
Milo", "who gave her name as Ada Reyes", "who identified himself as Bo Renn") is that named
person: the clause is the article introducing them, so the name is what a reader would answer
to "who said it?". Only a clause right after the description, before its sentence ends, and
only a proper name: "who identified himself as Kerr's cousin" says whose kin he is, "as
Muslim" his creed, "said her name was Private" that she kept it back; the description stays.
"""

from __future__ import annotations

import re

from store.quotes.common_words import DEMONYMS, common_word
from store.quotes.country_words import before_a_name
from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.salience import first_name_gender

# ", who ... said his name was Milo", ", who gave her name as Ada Reyes": the clause up to
# the name (no sentence stop or quote between), then the name's capitalised words.
_TOLD = re.compile(
    r",\s+who\b[^.!?;\x01“”\"]{0,80}?\b(?:(?:said|says)\s+(?:his|her)\s+name\s+(?:was|is)|"
    r"gave\s+(?:his|her)\s+name\s+as|(?P<identified>identified)\s+(?:himself|herself)\s+as)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)
_DESCRIBED = frozenset((MentionKind.DESCRIPTION, MentionKind.ORGANISATION))
# What "identified himself as" may say besides a name, written with a capital: a people
# (DEMONYMS, or a nationality's shape: "Irish"), a creed or a party.
_CREEDS = word_set(
    "catholic protestant hindu buddhist sikh mormon atheist agnostic evangelical democrat"
    " republican"
)
# Words that say the name was kept back: "said her name was Private".
_WITHHELD = word_set("private secret confidential withheld unknown unimportant irrelevant")


def told_name(mention: Mention, text: str, lower_words: frozenset[str] = frozenset()) -> Mention:
    """The name a relative clause right after the description `mention` tells, as a name's
    mention at the description's place; any other mention unchanged. `lower_words`: the
    article's lower-case words (common_words.py), which a lone word must not be one of."""
    if mention.kind not in _DESCRIBED:
        return mention
    told = _TOLD.match(text, mention.end)
    if told is None or not _proper_name(told["name"], bool(told["identified"]), lower_words):
        return mention
    name = told["name"]
    return Mention(name, MentionKind.NAME, name=name, start=mention.start, end=mention.end)


def _proper_name(name: str, identified: bool, lower_words: frozenset[str]) -> bool:
    """Whether the told words are a person's name: no possessive ("Kerr's cousin"), no people
    or creed alone after "identified as" ("Muslim"), no lone common word ("Private"), a
    known first name always one ("Milo", "Bill")."""
    words = name.split()
    if any(word.endswith(("’s", "'s")) for word in words):
        return False
    keys = [word.casefold() for word in words]
    if identified and all(map(_affiliation, words)):
        return False
    if len(words) > 1 or first_name_gender(words[0]):
        return True
    return keys[0] not in _WITHHELD and not common_word(words[0], lower_words)


def _affiliation(word: str) -> bool:
    """Whether a capitalised word is a people, a nationality ("Irish", never the first name
    "Brian"), a creed or a party."""
    key = word.casefold()
    if key in DEMONYMS or key in _CREEDS:
        return True
    return before_a_name(word) and key not in FIRST_NAMES
