"""Cues that point back: "… зерна. Об этом в четверг заявил министр Иван Петров".

Agency copy often gives the statement first and its speaker in the next sentence, which
opens with "Об этом" ("about this"): the sentence before is then the speaker's, reported
(indirect) when it is narration, direct when it is a quote.
"""

from __future__ import annotations

import re

from store.quotes.ru.cues import SPEECH_VERB

# The sentence up to the cue opens with "Об этом", a few words (when, where) between; it
# opens the paragraph or follows a sentence's end (a capital: "заявил об этом" is no opening).
# A parenthesis between commas may follow it: "Об этом, в частности, он сказал".
_ABOUT_THIS = re.compile(
    r"(?:^|(?<=[.!?…»“\"\x01] ))Об\s+этом(?:\s*,[^.!?…,:;«»„“\"\x01—–]{1,30},)?"
    r"(?:\s+[^.!?…,:;«»„“\"\x01—–]{0,40})?\s*$"
)
_WINDOW = 60  # "Об этом" stands this close before its cue or not at all
_MARKS = '«»„“”"\x01'
# A dash sets speech out when it opens the words ("— Мы готовы") or comes before a verb of
# saying ("…, — сказал он"); one between words of narration is a parenthesis or a copula
# ("Новый цех — первый в области — откроют в мае").
_SPEECH_DASH = re.compile(r"^\s*[—–]|[—–]\s+(?=" + SPEECH_VERB.pattern + ")")


def holds_speech(text: str) -> bool:
    """Whether narration holds a quote's marks or a dash of direct speech."""
    if any(mark in text for mark in _MARKS):
        return True
    return ("—" in text or "–" in text) and _SPEECH_DASH.search(text) is not None


def sentence_start(ends: list[int], at: int) -> int:
    """Where the sentence holding text[at] starts (just past the previous one's end)."""
    return max((end for end in ends if end <= at), default=0)


def points_back(text: str, verb: int) -> bool:
    """Whether the sentence of a cue at `verb` opens with "Об этом" before it."""
    begin = max(0, verb - _WINDOW)
    if "этом" not in text[begin:verb]:
        return False  # most cues: one substring test, no regex
    return _ABOUT_THIS.search(text, begin, verb) is not None


def previous_sentence(text: str, at: int, ends: list[int]) -> tuple[int, int] | None:
    """The narration sentence before the one holding `at`, its final stop left out; None
    when there is none or it holds a quote (the quote itself is then pinned to the cue)."""
    start_of_this = sentence_start(ends, at)
    if start_of_this == 0:
        return None
    start = sentence_start(ends, start_of_this - 1)
    while start < start_of_this and text[start].isspace():
        start += 1
    end = len(text[:start_of_this].rstrip().rstrip(".!?…"))
    if end - start < 3 or holds_speech(text[start:end]):
        return None
    return start, end


def follows_quote(text: str, close_at: int, ends: list[int], cue: int) -> bool:
    """Whether the cue's sentence comes right after a quote closing at `close_at`."""
    start = sentence_start(ends, cue)
    return close_at < start and not text[close_at + 1 : start].strip(' .!?…»“”"\x01')


def opens_paragraph(ends: list[int], at: int) -> bool:
    """Whether the cue at `at` stands in its paragraph's first sentence."""
    return sentence_start(ends, at) == 0


def last_narration(text: str, cues: list[int], ends: list[int]) -> tuple[int, int] | None:
    """The end of a paragraph that a next paragraph's "Об этом заявил X" points back to: its
    sentences after the last one holding a cue or a quote (all of them when none does), the
    final stop left out; None when its last sentence is someone's already."""
    starts = [0, *(end for end in ends if end < len(text.rstrip()))]
    start = len(text)
    for begin, stop in zip(starts, [*starts[1:], len(text)], strict=True):
        held = any(begin <= cue < stop for cue in cues) or holds_speech(text[begin:stop])
        start = len(text) if held else min(start, begin)
    while start < len(text) and text[start].isspace():
        start += 1
    end = len(text.rstrip().rstrip(".!?…"))
    return (start, end) if end - start >= 3 else None
