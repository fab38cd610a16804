"""Capitalised words that name no one: a common word the article also writes in lower case,
and a people ("Young Latinos").

A sentence opens with a capital whatever its first word is: "Social media has added another
link, she noted" or "Immigration is now an issue ..., he said" read "Social" and "Immigration"
as a lone surname with its pronoun after it. A word the same article writes in lower case
elsewhere ("social", "immigration") is an ordinary word; a surname is not written so. Only a
lone word never given a full name is judged by this: "Rand Paul ... Paul said" stays his.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.person_words import can_speak

# Peoples and their adjectives: a nation is never one speaker ("Americans will say “no”"),
# though "the" makes a plural one side of talks ("The Russians have warned").
DEMONYMS = word_set(
    """
    american americans mexican mexicans british briton britons english french german germans
    russian russians chinese japanese korean koreans iraqi iraqis iranian iranians syrian
    syrians israeli israelis palestinian palestinians afghan afghans pakistani pakistanis
    indian indians canadian canadians european europeans african africans asian asians
    arab arabs muslim muslims christian christians jewish italian italians spanish
    cuban cubans latino latinos hispanic hispanics saudi saudis turkish ukrainian ukrainians
    """
)
# Words that open a sentence as its subject and name no one: "Nobody asked about it".
_NO_ONE = word_set("nobody none neither nothing no-one")
# A word in lower case standing on its own: not a piece of a name ("al-Assad", "de", "McCain").
_LOWER_WORD = re.compile(r"(?<![\w’'.-])[a-z][a-z’'-]*(?![\w’'-])")


def lower_case_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """Every word the article writes in lower case somewhere."""
    return frozenset(word for text in paragraphs for word in _LOWER_WORD.findall(text))


def common_word(word: str, lower_words: frozenset[str]) -> bool:
    """True when a capitalised word is one the article also writes in lower case."""
    return word.casefold() in lower_words


def people_named(name: str) -> bool:
    """True when a capitalised run ends in a people's plural ("Young Latinos", "Many
    Mexicans"): a group, not a person's name. The singular stays a surname ("Mark Cuban")."""
    last = name.split()[-1].casefold() if name.strip() else ""
    return last.endswith("s") and last in DEMONYMS


def lone_common_word(mention: Mention, lower_words: frozenset[str]) -> bool:
    """True when a speech verb's subject is one capitalised word that is a common word of the
    article or a "nobody": "Research suggests", "Nobody asked". A noun for people stays a
    description ("Aides suggested"); the caller keeps a word that resolved to a full-named
    person ("Hope said" after Hope Hicks)."""
    word = mention.text
    if mention.kind != MentionKind.NAME or " " in word or not word[:1].isupper():
        return False
    if can_speak(word):
        return False
    return common_word(word, lower_words) or word.casefold() in _NO_ONE
