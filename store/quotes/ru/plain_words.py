"""Words that name no one and hold no role, answered for without the analyser.

Prepositions, conjunctions, particles, personal pronouns and a few adverbs stand between the
names and roles a mention walks over ("встречался с", "министр и", "Она заявила"); on a cold
start they were a tenth of the words pymorphy3 was asked about, each only to learn it is no
role's head, complement or adjective, and no name part. The readers in names.py and cues.py
say so at once; tests/test_ru_plain_words.py checks, for every word here in lower case,
capitalised and upper case, that each reader answers as the analyser's readings would.
"""

from __future__ import annotations

import re

PLAIN_WORDS = frozenset(
    "и а но или либо да в во на с со к ко о об обо от до из за для при без над под про "
    "через после перед между также тоже ранее затем тогда уже еще ещё лишь только "
    "же бы не ни он она оно они мы вы я ты".split()
)


_LETTER = re.compile(r"[^\W\d_]")


def plain(word: str) -> bool:
    """True when the word is one of the plain words, or has no letter ("-"). A capital
    letter alone is no plain word: "В." and "С." are initials, "Я" may be an abbreviation."""
    if word in PLAIN_WORDS or (len(word) > 1 and word.lower() in PLAIN_WORDS):
        return True
    return not (word.isalpha() or _LETTER.search(word))
