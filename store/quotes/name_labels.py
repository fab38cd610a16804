"""An interview or transcript whose turns are labelled by surname: "Cardoso: In class, yes."

Transcripts label turns in capitals ("CARDOSO: ..."), which layouts.py reads; a Q&A often
writes the interviewee's surname in Title Case instead, and the interviewer's outlet ("Ledger:
Will you ban phones?"). A Title Case word before a colon may as well be a topic, a place or a
poll's candidate ("Taxes: ...", "Dover: 40 percent"), so the label counts only as a turn when
it is the surname of someone named in full before it and opens two paragraphs at least: that
person speaks again. Turns labelled otherwise (the outlet's questions) stay nobody's. A poll
lists its candidates so too ("Kerr: 40 percent" under each poll): a turn that opens with a
figure is an interview's only when it answers a question ("Ledger: By how much?").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from store.quotes.people import Person

# "Cardoso: ", "Dr. Cardoso: ": a Title Case surname (a title may go before it) and a colon.
NAME_LABEL = re.compile(r"(?:[A-Z][a-z]{1,4}\.\s)?([A-Z][a-z’'-]+):\s+(?=\S)")
MIN_TURNS = 2  # one "Dover: ..." paragraph is a heading or an item; a speaker speaks again
# A turn's text that opens with a figure: "40 percent", "1,204 votes", "$3 million".
_FIGURE = re.compile(r"[$€£]?\d")


def surname_turns(paragraphs: tuple[str, ...], marked: set[int]) -> list[int]:
    """The unquoted paragraphs that open with a surname label of a speaker who takes turns."""
    labels = {
        index: match[1]
        for index, text in enumerate(paragraphs)
        if index not in marked
        and (match := NAME_LABEL.match(text.lstrip())) is not None
        and _reads_as_speech(paragraphs, index, text.lstrip()[match.end() :])
    }
    counts = Counter(labels.values())
    return [
        index
        for index, label in labels.items()
        if counts[label] >= MIN_TURNS and _named_in_full_before(paragraphs, label, min(labels))
    ]


def _reads_as_speech(paragraphs: tuple[str, ...], index: int, turn: str) -> bool:
    """True unless the turn is a bare figure that answers no question: a poll's or a count's
    line ("Kerr: 40 percent") is no one's words; "Kerr: 10 percent, I guess." after "By how
    much?" is."""
    return not _FIGURE.match(turn) or (index > 0 and paragraphs[index - 1].rstrip().endswith("?"))


def _named_in_full_before(paragraphs: tuple[str, ...], surname: str, first: int) -> bool:
    """True when a paragraph before the first label names someone in full with this surname."""
    full = re.compile(rf"\b[A-Z][a-z’'-]+\s{re.escape(surname)}\b")
    return any(full.search(text) for text in paragraphs[:first])


def surname_label(
    quoted: str, offset: int, find: Callable[[str], Person | None]
) -> re.Match[str] | None:
    """The surname label opening a turn laid out without marks (`offset` 0: its words open
    the paragraph), when it names someone known in full (`find` looks a name up in the cast).
    Words in marks that open so ("“Marrow: I come from …” tweeted Kerr") quote a post."""
    match = NAME_LABEL.match(quoted) if offset == 0 else None
    known = find(match[1]) if match is not None else None
    return match if known is not None and " " in known.name else None
