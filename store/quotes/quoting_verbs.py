"""Verbs of judging that cue a quote only when its marks follow them: "praising “...”".

"Renn, who worked the crowd, praising “the brave dockers”" gives Renn's words, yet "Brandt
praised the plan" is narration, not speech: a paragraph's next quote is not carried on to
him. So these verbs are no speech verbs of the lexicon; one is a cue only right before an
opening mark (the quote's words are masked in narration, its marks are kept).
"""

from __future__ import annotations

import re

_QUOTING = re.compile(r"\b(?:prais|laud)(?:e|es|ed|ing)\b(?=\s+[“\"])")


def quoting_verbs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, verb) of each judging verb right before an opening mark."""
    if "prais" not in text and "laud" not in text:
        return []  # most paragraphs: no scan
    return [(m.start(), m.end(), m.group()) for m in _QUOTING.finditer(text)]
