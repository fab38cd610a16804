"""Layouts that say who speaks without a speech verb: datelines, transcript labels, Q and A.

A dateline ("WASHINGTON —", "NEW YORK (AP) —", "LONDON, March 3 -") opens wire copy with a
place in capitals, which narration would read as the first sentence's subject; it is blanked
before names and speech events are read. A transcript label ("SECRETARY DUNN: ...") names
the speaker of the words after it, even in the middle of one quoted span, and an interview's
"Q:" is the interviewer's, its "A:" the interviewee's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import StrEnum
from itertools import pairwise

from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.speakers import Cast, position

# Datelines stand in the body's first blocks (a short header may come before them).
DATELINE_REACH = 3
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "WASHINGTON", "NEW YORK", "ST. LOUIS": a place of at most four words in capitals; then a
# region ("Calif.", "N.H.", "Burma"), a date ("Dec. 8", "March 3, 2016") and an agency in
# brackets ("(AP)"), each optional; then the dash, which only an agency may stand in for.
_CAPS = r"[A-Z][A-Z.'’-]+(?![\w’'])"
_DATELINE = re.compile(
    r"\s*" + _CAPS + r"(?:\s" + _CAPS + r"){0,3}"
    r"(?:,\s(?:[A-Z]\.){2,}|,\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?"
    r"(?:,\s" + _MONTH + r"\s\d{1,2}(?:,\s\d{4})?)?"
    r"(?:\s?\([A-Z][A-Za-z ./]{0,20}\)\s*(?:[-–—―]+)?|\s*[-–—―]+)\s*"
)


def blank_dateline(paragraph: int, text: str) -> str:
    """The paragraph with a dateline opening it blanked out (offsets kept)."""
    if paragraph >= DATELINE_REACH:
        return text
    match = _DATELINE.match(text)
    if match is None or not text[match.end() :].strip():
        return text
    return " " * match.end() + text[match.end() :]


# "RAMOS: Secretary Clinton, ..." in a transcript: the speaker's label opens the quote.
LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s")
# The next speaker's label inside the same quote follows the end of a sentence.
_INNER_LABEL = re.compile(r"(?<=[.!?…]\s)" + LABEL.pattern)
# "Q: ..." and "A: ...": an interview's question and answer, at the start of a paragraph.
_TURN = re.compile(r"[\s\"“„«]*(?P<turn>[QA])\s?:\s")


class Turn(StrEnum):
    """Whose turn an interview paragraph is: the interviewer's or the interviewee's."""

    QUESTION = "Q"
    ANSWER = "A"


def interview_turn(text: str) -> Turn | None:
    """The interview turn a paragraph (or a quote) opens with, if any ("Q: ...", "A: ...")."""
    match = _TURN.match(text)
    return Turn(match["turn"]) if match else None


def turns(text: str, span: QuotedSpan) -> list[QuotedSpan]:
    """A quoted transcript cut into its speakers' turns, when the quote opens with a label.

    "MR. HALE: We will. SECRETARY DUNN: We won't." is two quotes, each starting at its label;
    a quote that opens with no label is left whole (its cue says who speaks).
    """
    quoted = text[span.start : span.end]
    label = LABEL.match(quoted)
    if label is None:
        return [span]
    inner = _INNER_LABEL.finditer(quoted, label.end())
    bounds = [span.start, *(span.start + m.start() for m in inner)]
    if len(bounds) == 1:
        return [span]
    bounds.append(span.end)
    pieces = []
    for number, (start, end) in enumerate(pairwise(bounds)):
        first, last = number == 0, number == len(bounds) - 2
        end = len(text[:end].rstrip())
        pieces.append(
            replace(
                span,
                start=start,
                end=end,
                # The marks of a turn inside the quote are the spaces around it (masked).
                open_at=span.open_at if first else start - 1,
                close_at=span.close_at if last else end,
                closed=span.closed if last else True,
                continued=span.continued and first,
            )
        )
    return pieces


# "On taxes:", "The Economy:", "Asked about the port:": a lead-in of a few words.
LEAD_IN_WORDS = 6


def lead_in(text: str, span: QuotedSpan, cast: Cast) -> bool:
    """True for an excerpt list's item: a short topic, a colon, the quote and nothing after.

    The topic names no one the article named before: "Reyes: “...”" credits Reyes, while
    "Public Safety: “...”" is a topic, though it reads like a name.
    """
    before = text[: span.open_at].strip()
    after = text[span.close_at + 1 :].strip() if span.closed else ""
    if not before.endswith(":") or after not in ("", ".") or len(before.split()) > LEAD_IN_WORDS:
        return False
    mention = read_mention(before[:-1])
    if mention is None or mention.kind != MentionKind.NAME or not mention.name:
        return True
    person = cast.find(mention.name)
    start = position(span.paragraph, 0)
    return not any(seen < start and named is person for seen, named in cast.named)
