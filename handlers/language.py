"""Which language a question is in, as far as answering needs: English, Russian, or another."""

from __future__ import annotations

import re
import unicodedata

from handlers.phrases import Lang
from store.search import is_russian

LANGUAGES_READ = "I read English and Russian articles and answer questions in either language."
# Below this share of letters in another script a question is English with a foreign
# name in it ("what did Лавров say?"), which the articles may well spell that way.
_FOREIGN_SHARE = 0.5
_COMMAND = re.compile(r"^\s*/\w+(?:@\w+)?")


def question_language(text: str) -> Lang:
    """The language to answer in: Russian when most letters of the question (of a command,
    its words after the /command) are Cyrillic, else English."""
    words = _COMMAND.sub("", text) if isinstance(text, str) else ""
    return Lang.RU if is_russian(words) else Lang.EN


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
    """What to tell someone whose question we cannot read (neither English nor Russian)."""
    script = foreign_script(text)
    if script is None or script == "Cyrillic":
        return None
    return f"{LANGUAGES_READ} Your question is in {script} script: please ask it in one of them."


def _script(letter: str) -> str:
    # A letter's Unicode name opens with its script: "CYRILLIC SMALL LETTER A",
    # "LATIN SMALL LETTER E WITH ACUTE", "CJK UNIFIED IDEOGRAPH-4E2D".
    if letter.isascii():
        return "LATIN"
    return unicodedata.name(letter, "UNKNOWN").split(" ", 1)[0]
