"""A nickname in marks inside a full name: Juan “Chico” Marquez, Ada “Bo” Kerr.

Masking the quoted nickname splits the name in two, so the cast knew neither half as a full
name and the pronoun after it ("“…,” he said") went to nobody or someone before. For reading
names only, the nickname and its marks become spaces (offsets stay), and the two halves read
as one name, which a name run spans across any run of spaces.

A quote between a hearer's first name and the next credit is no nickname: "Kerr warned Tom
“not to push it,” Lund said" names no "Tom Lund". A nickname holds no sentence's punctuation,
and a name a verb's object stands in ("told Eric") is not followed by a speech verb.
"""

from __future__ import annotations

import re

from store.quotes.marks import MASK
from store.quotes.salience import first_name_gender
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# A given name, a short quoted stretch (masked), a capitalised word: the quote is the
# nickname between the given name and the surname. Up to three words of at most 25
# characters; the word after must open with a capital too ("Ada “Bo” Kerr", never "Ada
# called it “bold” and").
_NICKNAME = re.compile(r"(?<=[A-Za-z])(\s+[“\"‘']" + MASK + r"{1,25}[”\"’'])(?=\s+[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+$")
# Punctuation a quoted clause holds and a nickname never does ("not to push it,", "what now?").
_CLAUSE_MARKS = frozenset(",.?!;:")
# A lower-case word right before the given name: the name is a verb's object ("told Eric").
_OBJECT_BEFORE = re.compile(r"\b[a-z]+\s+$")
# The word after the surname.
_WORD_AFTER = re.compile(r"\s+[A-Z][\w’'-]*\s+([a-z]+)")


def nicknames_blanked(masked_text: str, raw: str = "") -> str:
    """The masked narration with each nickname between two names turned to spaces; `raw`
    (the paragraph as written, same offsets) shows what the masked marks hold."""
    if MASK not in masked_text:
        return masked_text
    written = raw if len(raw) == len(masked_text) else ""
    return _NICKNAME.sub(lambda match: _blank_after_name(match, written), masked_text)


def _blank_after_name(match: re.Match[str], raw: str) -> str:
    text = match.string
    before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    if before is None or not first_name_gender(before.group()):
        return match.group()  # "Vance’s “Skipper” Show": no given name before the marks
    if raw and not _CLAUSE_MARKS.isdisjoint(raw[match.start() : match.end()]):
        return match.group()  # "warned Tom “not to push it,” Lund said": a quoted clause
    if _credit_after(text, match.end()) and _OBJECT_BEFORE.search(
        text, max(0, before.start() - 30), before.start()
    ):
        return match.group()  # "told Eric “no deal” Brandt recalled": the quote's credit
    return " " * len(match.group())


def _credit_after(text: str, end: int) -> bool:
    """True when the capitalised word after the marks is followed by a speech verb."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after[1] in SPEECH_VERB_FORMS
