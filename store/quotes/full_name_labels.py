"""A Q&A whose turns are labelled by full name: "Julia Renner: I started in 2009 …".

name_labels.py reads surname labels ("Cardoso: …") and layouts.py capitals ("CARDOSO: …"); an
interview may write each turn's speaker in full instead, paragraph after paragraph, with the
questions under "Interviewer:" or the outlet's name. Two Title Case words before a colon may
as well be a place, a storm or a heading ("Harbour Point: …", "Storm Ilsa: …", "Key Points:
…"), so a label counts as a turn only when it opens with a word of first_names.FIRST_NAMES
(which also holds place words: "Victoria Road", "Georgia Power"), and the layout only when one
such label heads two paragraphs at least (that person speaks again) and a question stands
among them: a schedule or results list ("Ada Kerr: Monday 9am") repeats names but asks
nothing. The other labels ("Interviewer:") name no one: their turns stay nobody's.
"""

from __future__ import annotations

import re
from collections import Counter

from store.quotes.first_names import FIRST_NAMES

# "Julia Renner: ", "Tom de Ashe: ": a first name, one or two more words, a colon.
FULL_NAME_LABEL = re.compile(
    r"([A-Z][a-z’'-]+(?:\s(?:(?:de|van|von|da|di|le)\s)?[A-Z][a-z’'-]+){1,2}):\s+(?=\S)"
)
MIN_TURNS = 2  # one "Ada Kerr: …" paragraph is a caption or a list's item


def full_name_turns(paragraphs: tuple[str, ...], marked: set[int]) -> list[int]:
    """The unquoted paragraphs that open with a full-name label, in a layout where one such
    name labels two paragraphs at least."""
    labels = {
        index: match[1]
        for index, text in enumerate(paragraphs)
        if index not in marked and (match := _label(text.lstrip())) is not None
    }
    if not labels or max(Counter(labels.values()).values()) < MIN_TURNS:
        return []
    if not _asks(paragraphs, min(labels), max(labels)):
        return []  # "Ada Kerr: Monday 9am, Town Hall." twice: a schedule or a list, no Q&A
    return sorted(labels)


def _asks(paragraphs: tuple[str, ...], first: int, last: int) -> bool:
    """True when a question stands among the labelled paragraphs or right before them: an
    interview asks; a list of names, places or results does not."""
    return any(
        text.rstrip().rstrip("”\"").endswith("?")
        for text in paragraphs[max(0, first - 1) : last + 1]
    )


def _label(text: str) -> re.Match[str] | None:
    """A full-name label opening `text` whose first word is a common first name."""
    match = FULL_NAME_LABEL.match(text)
    if match is None or match[1].split()[0].casefold() not in FIRST_NAMES:
        return None
    return match


def full_name_label(quoted: str, offset: int) -> re.Match[str] | None:
    """The full-name label opening a turn laid out without marks (`offset` 0: its words open
    the paragraph); the label itself names the speaker in full (its words are masked from the
    cast's reading, as a quote's are)."""
    return _label(quoted) if offset == 0 else None
