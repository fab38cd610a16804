"""A relative clause about an unnamed source is an aside: "One mother, whose daughter missed
a term, said" is the mother's speech, as "One mother said" is.

The cue's subject reader stops at the aside's comma and found no subject at all (or the
"who", standing for nobody it could read), so the description never spoke and the next "she
said" went back to the last woman named. Blanked from narration (offsets kept), like the
anonymity asides (anonymity.py), when an indefinite description ("a", "an", "one",
"another" and a few words) stands right before the aside and a speech verb right after it.
A named person's aside ("Ada Kerr, who ..., said") is the appositive readers' and stays.
"""

from __future__ import annotations

import re

from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# "One mother, whose daughter missed a term,", "A driver, who lost his job in May,": no quote,
# mark, sentence end or further comma inside the aside.
_DESCRIBED_ASIDE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?: [\w’'-]+){1,4}"
    r"(?P<aside>,\s+(?:who|whose)\s+[^,.;:?!“”\"\x01]{1,80}?,)\s+(?P<verb>[a-z]+)\b"
)


def blank_described_asides(text: str) -> str:
    """The text with each who-aside between a description and its speech verb blanked."""
    if ", who" not in text:
        return text  # most paragraphs: a substring test, not a regex scan
    parts = []
    last = 0
    for match in _DESCRIBED_ASIDE.finditer(text):
        if match["verb"] not in SPEECH_VERB_FORMS:
            continue
        start, end = match.span("aside")
        parts.append(text[last:start] + " " * (end - start))
        last = end
    return "".join(parts) + text[last:] if parts else text
