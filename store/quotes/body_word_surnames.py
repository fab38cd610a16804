"""Surnames that are a body's word: Steven Law, Ada Church, Tom House.

"law", "church" and "house" make a capitalised run a body ("Harvard Law", "the White House"),
so "Steven Law, a former aide, said" was a body and "Law said" after it another. A given name
and one such word with an appositive after them (", a former aide", ", who leads the fund") is
a person; the lone word later is that person's surname. A body keeps its word: "the Carter
Center" has "the" before it, "Carter Center said" no appositive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from store.quotes.lexicon import ORGANISATION_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.salience import first_name_gender

# What follows a person's name and never a body's: ", a former aide", ", who runs".
_PERSON_APPOSITIVE = re.compile(r",\s+(?:who|a|an)\s")
_BEFORE_A_BODY = re.compile(r"\b(?:the|The)\s+$")

_Known = TypeVar("_Known")


def personal_body_name(mention: Mention | None, text: str, end: int) -> Mention | None:
    """The mention read as a person's full name when it is a given name and a body's word
    with a person's appositive after it ("Steven Law, a former aide"), else as read."""
    if mention is None or mention.kind != MentionKind.ORGANISATION:
        return mention
    words = mention.text.split()
    if len(words) != 2 or words[1].casefold() not in ORGANISATION_WORDS:
        return mention
    if not first_name_gender(words[0]) or not _PERSON_APPOSITIVE.match(text, end):
        return mention
    if _BEFORE_A_BODY.search(text, max(0, end - len(mention.text) - 4), end - len(mention.text)):
        return mention  # "the Marshall Fund, a think tank": a body with its article
    return replace(mention, kind=MentionKind.NAME, name=mention.text)


def surname_for_body(
    mention: Mention, expand: Callable[[str, int], _Known | None], at: int
) -> _Known | None:
    """The full-named person a one-word body means when the word is that person's surname:
    "“...,” Law said" after Steven Law is his, though "law" reads as a body's word."""
    word = mention.text
    if mention.kind != MentionKind.ORGANISATION or " " in word or not word[:1].isupper():
        return None
    if word.isupper():
        return None  # "PAC", "CNN": an acronym is a body's
    return expand(word, at)
