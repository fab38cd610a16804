"""A name in the other script: "Лавров" as "Lavrov", "Petrova" as "Петрова".

A Russian question may name someone English articles quote ("что сказал Лавров?") and an
English one someone Russian articles quote ("what did Petrova say?"). Names are spelt across
by the passport-style romanisation agencies use; a reading is only a key to look up, and
the speaker search that takes it forgives the letters this gets wrong ("Dmitriy", "Dmitry").
"""

from __future__ import annotations

import re

_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
# Longest first, so "shch" is one letter and not "s" + "h" + "ch".
_TO_CYRILLIC = {
    "shch": "щ", "kh": "х", "zh": "ж", "ts": "ц", "ch": "ч", "sh": "ш", "yu": "ю",
    "ya": "я", "yo": "ё", "iy": "ий", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д",
    "e": "е", "z": "з", "i": "и", "y": "ы", "k": "к", "l": "л", "m": "м", "n": "н",
    "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х",
    "c": "к", "w": "в", "x": "кс", "j": "дж", "q": "к",
}  # fmt: skip
_LATIN_LETTERS = re.compile("|".join(sorted(_TO_CYRILLIC, key=len, reverse=True)))
_AFTER_VOWEL_Y = re.compile(r"(?<=[аеёиоуыэюя])ы")  # "Sergey": "й" after a vowel, not "ы"
_ENDINGS = ((re.compile(r"ы$"), "ий"), (re.compile(r"иа$"), "ия"))  # "Dmitry", "Maria"
_OPENING_YE = re.compile(r"^ye")  # "Yevgeny": "Е", not "Ые"


def to_latin(name: str) -> str:
    """A Cyrillic name romanised ("Сергей Лавров" -> "Sergey Lavrov")."""
    out = []
    for char in name:
        latin = _TO_LATIN.get(char.lower())
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def to_cyrillic(name: str) -> str:
    """A romanised Russian name spelt back in Cyrillic ("Petrova" -> "Петрова")."""

    def word(latin: str) -> str:
        lower = _OPENING_YE.sub("e", latin.lower())
        cyrillic = _LATIN_LETTERS.sub(lambda m: _TO_CYRILLIC[m.group()], lower)
        cyrillic = _AFTER_VOWEL_Y.sub("й", cyrillic)
        for ending, spelt in _ENDINGS:
            cyrillic = ending.sub(spelt, cyrillic)
        return cyrillic[:1].upper() + cyrillic[1:] if latin[:1].isupper() else cyrillic

    return re.sub(r"[A-Za-z]+", lambda m: word(m.group()), name)
