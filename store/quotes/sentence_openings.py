"""Whether a word opens its sentence: there it is capitalised whatever it is, so its capital
says nothing of a name.

One place for the question that three readers asked in three ways (a speech verb's subject,
a verb that opens its sentence, "Said Ada Kerr, who ..."; a word salience picked that the
article only ever writes opening a sentence).
"""

from __future__ import annotations

import re

from store.quotes.sentences import sentence_ends

# Where a sentence opens, read from the few characters before a word: a paragraph's start,
# after a full stop, a colon or a semicolon, or an opening mark.
_OPENING = re.compile(r"(?:\n\s*|[.!?:;]\s+|\s[\"“‘]\s*|\n[\"“‘]\s*)$")
# "Mr. Kerr", "Joseph R. Kerr": a title's or an initial's full stop ends no sentence.
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.\s+$")


def opens_sentence(text: str, at: int) -> bool:
    """True when nothing but spaces or an opening mark stands between the sentence's start
    and `at`: a word there is capitalised whatever it is. A credit after a closing mark
    ("“...,” Price said") is not: its capital is a name's."""
    start = max((end for end in sentence_ends(text) if end <= at), default=0)
    return text[start:at].strip(' “"‘(') == ""


def opens_by_marks(text: str, at: int) -> bool:
    """`opens_sentence` read from the eight characters before `at` alone, looser: after a
    semicolon or a colon, or after an opening mark inside a sentence, a word opens too; no
    title's or initial's full stop ends a sentence ("Mr. Kerr"). The junk check asks this of
    every place an article writes a word; sentence by sentence it would keep and drop other
    speakers (the PolNeAR digest changes), so the two stay apart until a measured change."""
    before = ("\n" + text)[max(0, at - 7) : at + 1]  # the text opens as a paragraph does
    return bool(_OPENING.search(before)) and not _ABBREVIATION.search(before)
