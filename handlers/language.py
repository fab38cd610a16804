"""Which language a question is in, as far as answering needs: English or not."""

from __future__ import annotations

import unicodedata

ENGLISH_ONLY = "I read English articles and answer English questions for now."
# Below this share of letters in another script a question is English with a foreign
# name in it ("what did Лавров say?"), which the articles may well spell that way.
_FOREIGN_SHARE = 0.5


def foreign_script(text: str) -> str | None:
    """The script most of the question's letters are in when it is not Latin
    ("Cyrillic", "Greek", "Arabic", "CJK" ...), else None."""
    letters = [ch for ch in text if ch.isalpha()]
    scripts = [_script(ch) for ch in letters]
    foreign = [s for s in scripts if s != "LATIN"]
    if not foreign or len(foreign) <= len(letters) * _FOREIGN_SHARE:
        return None
    most = max(set(foreign), key=foreign.count)
    return most if most == "CJK" else most.capitalize()


def language_hint(text: str) -> str | None:
    """What to tell someone whose question we cannot read, else None."""
    script = foreign_script(text)
    if script is None:
        return None
    return f"{ENGLISH_ONLY} Your question is in {script} script: please ask it in English."


def _script(letter: str) -> str:
    # A letter's Unicode name opens with its script: "CYRILLIC SMALL LETTER A",
    # "LATIN SMALL LETTER E WITH ACUTE", "CJK UNIFIED IDEOGRAPH-4E2D".
    if letter.isascii():
        return "LATIN"
    return unicodedata.name(letter, "UNKNOWN").split(" ", 1)[0]
