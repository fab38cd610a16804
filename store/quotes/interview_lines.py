"""Interview answers laid out other than one "A:" paragraph after one "Q:" paragraph.

A question and its answer may share a paragraph, each on its own line ("Q: Why?\\nA: Because
..."), and the questions may be written without "Q:" (in bold, or as plain questions) so that
only the answers carry their letter. Either way an "A:" turn is the interviewee's, as in the
plain layout (layouts.py reads these spans, extract.py gives them to the interviewee).
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan

# "A: " opening a line inside a paragraph that opened with "Q: ".
_ANSWER_LINE = re.compile(r"\n(?=A\s?:\s+\S)")
# The next question line ends an answer line's words.
_QUESTION_LINE = re.compile(r"\nQ\s?:\s")
# Answers in a row without a single "Q:": an interview whose questions carry no letter (one
# "A:" alone may be anything, a list's item or a grade).
MIN_LETTERLESS_ANSWERS = 2


def answer_lines(index: int, text: str) -> list[QuotedSpan]:
    """The "A:" lines of a question paragraph as quoted spans, each opening at its letter."""
    spans = []
    for match in _ANSWER_LINE.finditer(text):
        start = match.end()
        question = _QUESTION_LINE.search(text, start)
        end = len(text[: question.start() if question else len(text)].rstrip())
        spans.append(QuotedSpan(index, start, end, start, end, True))
    return spans


# A turn's letter before a quote's opening mark: "A: “In class, yes.”".
_LETTER = re.compile(r"\s*[QA]\s?:\s*")


def opens_turn(span: QuotedSpan, text: str) -> bool:
    """True when a quote opens its turn's paragraph: at its first letter, or right after the
    turn's letter outside the marks ("A: “In class, yes.”" is the answer, as "A: In class,
    yes." is)."""
    letter = _LETTER.match(text)
    return span.open_at == (letter.end() if letter else len(text) - len(text.lstrip()))


def opens_answer_line(span: QuotedSpan, raw: str) -> bool:
    """True when a span opens at an "A:" line inside its paragraph (not at its first line)."""
    at = span.open_at
    return 0 < at < len(raw) and raw[at - 1] == "\n" and raw.startswith("A", at)


def letterless_interview(letters: list[str]) -> bool:
    """True when the answers carry their letter but no question does."""
    return "Q" not in letters and letters.count("A") >= MIN_LETTERLESS_ANSWERS
