"""A source's wish not to be named is an aside, not the speech: "One witness, who asked not to
be named, said: “...”" is the witness's words under the cue "said", not under "asked".

Blanked from narration (attributions.narration, offsets kept) so that the cue after it reads
the described source as its subject, as in "One witness said"; a description is hedged by
its way (DESCRIPTION, under 0.9) and never widened to the person named last.
"""

from __future__ import annotations

import re

# ", who asked not to be named,", ", who did not want to be identified,", ", who spoke on
# condition of anonymity,", ", who declined to give her name,", ", who was not authorized to
# speak on the record,": a relative clause about staying unnamed, closed by its comma, with
# no quote or sentence end inside.
_UNNAMED_ASIDE = re.compile(
    r",\s+who\s+[^,.;:“”\"]{0,60}?\b(?:be\s+(?:named|identified)|anonymity|anonymously|"
    r"authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss)|"
    r"(?:give|gave|giving|provide|share)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?)"
    r"\b[^,.;:“”\"]{0,40}?,"
)


def blank_unnamed_asides(text: str) -> str:
    """The text with each aside about a source staying unnamed blanked (offsets kept)."""
    if "who" not in text:
        return text  # most paragraphs: a substring test, not a regex scan
    return _UNNAMED_ASIDE.sub(lambda match: " " * len(match.group()), text)
