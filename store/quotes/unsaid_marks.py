"""Words in marks that nobody says here: a transcript's stage direction, a sign-off, a gesture,
words someone would not say.

"(CROSSTALK.)" or "(APPLAUSE)" in a transcript's marks, and "Follow Ada Kerr on Twitter
@adakerr." closing one, are no speaker's words: they went on the last speaker's turn. "He
gestured “no”" is done with the hands, and "Kerr refused to say the words “open port”" quotes
what was not said; either was read as its subject's speech.
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan

REACH = 60  # characters before the marks read for a gesture or a refusal
# A direction in brackets and capitals: "(CROSSTALK.)", "[APPLAUSE]", "(LAUGHTER AND BOOS)".
_DIRECTION = re.compile(r"\s*[(\[][A-Z][A-Z ,.’'-]*[)\]]\.?\s*$")
# A writer's sign-off: "Follow Ada Kerr on Twitter @adakerr."
_SIGN_OFF = re.compile(r"\s*Follow\s+[^\n]{1,60}?\s+on\s+(?:Twitter|Facebook|Instagram)\b[^\n]*$")
# "He gestured “no”", "she mimed “stop”": the hands say it. Only marks right after the verb:
# after a comma ("waving, “We did it!”") the marks are what the speaker says meanwhile.
_GESTURE = re.compile(r"\b(?:gestur|motion|mim|wav)(?:e|es|ed|ing)\s*$", re.IGNORECASE)
# "refused to say the words", "would not utter the word", "never used the phrase".
_REFUSAL = re.compile(
    r"\b(?:refus\w*|declin\w*|avoid\w*|would\s+not|wouldn[’']t|will\s+not|won[’']t|did\s+not"
    r"|didn[’']t|never)(?:\s+to)?(?:\s+(?:say|said|utter|uttered|use|used|speak))?"
    r"\s+the\s+(?:word|words|phrase|term),?\s*$",
    re.IGNORECASE,
)


def unsaid(paragraph: str, span: QuotedSpan) -> bool:
    """True for marks holding a stage direction or a sign-off, or words gestured or refused."""
    text = paragraph[span.start : span.end]
    if _DIRECTION.match(text) or _SIGN_OFF.match(text):
        return True
    if span.open_at < 0:
        return False
    before = paragraph[max(0, span.open_at - REACH) : span.open_at]
    return bool(_GESTURE.search(before) or _REFUSAL.search(before))
