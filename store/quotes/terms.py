"""Telling a quoted name from quoted words: a show, a film, a nickname is nobody's speech.

A capitalised phrase in marks beside a word for a work ("the streaming thriller “Fjordland”",
"NBC’s “Morning Hour”", "the “Late Call” sketch") or between a first name and a surname
(Olaf “Ole” Nygaard) names something. Speech beside the same words keeps its sentence case
and its punctuation ("the film “was a disaster,” she said"), so it is left alone.

Scare quotes at large ("the “establishment” candidate") are not judged here: the benchmark's
annotators attribute about as many of them to a speaker as they leave unattributed, so no
rule on the words alone tells them apart.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import (
    NAMING_PARTICIPLES,
    ROLE_WORDS,
    SPEECH_VERB_FORMS,
    TITLE_MINOR_WORDS,
    WORK_WORDS,
)
from store.quotes.marks import QuotedSpan

MAX_NAME_WORDS = 6
MAX_NICKNAME_WORDS = 2
WORK_REACH = 3  # words before the marks searched for a work's noun
_WORD = re.compile(r"[\w’'&.-]*\w|&")
_POSSESSIVE_BEFORE = re.compile(r"\w[’']s\s*$")
_NAME_BEFORE = re.compile(r"(?:^|(?<=\s))([\w’'.-]+)\s+([A-Z][\w’'.-]*)\s+$|^([A-Z][\w’'.-]*)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def is_term(paragraph: str, span: QuotedSpan) -> bool:
    """True for a quoted name of a work, show or person, judged with the words around it."""
    text = paragraph[span.start : span.end]
    if not span.closed or not _capitalised(text):
        return False
    return _names_work(paragraph, span) or _nickname(paragraph, span, text)


def _capitalised(text: str) -> bool:
    """A name's case: every major word capitalised, no full stop, question or outcry."""
    words = _WORD.findall(text)
    if not words or len(words) > MAX_NAME_WORDS or text.rstrip()[-1:] in ".!?":
        return False
    major = [w for w in words if w.casefold() not in TITLE_MINOR_WORDS and w != "&"]
    return words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in major)


def _names_work(paragraph: str, span: QuotedSpan) -> bool:
    before = paragraph[: span.open_at]
    if _POSSESSIVE_BEFORE.search(before):
        return True  # "NBC’s “Morning Hour”": an outlet's show
    words_before = _WORD.findall(before.casefold())[-WORK_REACH:]
    words_after = _WORD.findall(paragraph[span.close_at + 1 : span.close_at + 40].casefold())
    work_after = bool(words_after) and words_after[0] in WORK_WORDS
    return work_after or _work_before(words_before)


def _work_before(words: list[str]) -> bool:
    """A work's noun just before the marks, with no speech verb between ("the show she said:")."""
    for word in reversed(words):
        if word in SPEECH_VERB_FORMS and word not in NAMING_PARTICIPLES:
            return False  # "a play called “…”" names it; "the show she said: “…”" quotes her
        if word in WORK_WORDS:
            return True
    return False


def _nickname(paragraph: str, span: QuotedSpan, text: str) -> bool:
    """Olaf “Ole” Nygaard: a capitalised word or two between a first name and a surname."""
    if len(text.split()) > MAX_NICKNAME_WORDS:
        return False
    if not _NAME_AFTER.match(paragraph, span.close_at + 1):
        return False
    before = _NAME_BEFORE.search(paragraph[: span.open_at])
    if before is None:
        return False
    opener, first_name = (before[1], before[2]) if before[2] else ("", before[3])
    if (first_name.isupper() and "." not in first_name) or first_name.endswith(("’s", "'s")):
        return False  # a heading in capitals, or an owner: "Lind’s “Ferry Plan” …"
    # The word before the first name must not be capitalised too, as in a Title Case heading
    # ("Why She Felt “Alone” As A Child"), unless it is a title ("Gov.", "Sen.").
    return not opener[:1].isupper() or opener.casefold() in ROLE_WORDS or opener.endswith(".")
