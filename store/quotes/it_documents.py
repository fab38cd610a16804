"""The "it" that concludes or finds after a document was brought in: "The inquiry sat for a
year. It concluded that “…”" is the inquiry's finding.

"it" stands for the latest body the cast knows (it_referents.py), but an unnamed report or
inquiry is no body of the cast, so the quote kept no speaker, or went to a body named before
the document that the "it" no longer means. When the paragraph brought in a document by its
noun before the "it" ("the inquiry", "An independent review of the unit") and named no body
after it, the document speaks, as "The report concluded: “…”" does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from store.models import SpeakerKind
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person
from store.quotes.statement_words import FINDING_DOCUMENTS

# "the inquiry", "an independent review", "Its 2019 audit": the document's noun after its
# article and a few plain words.
_DOCUMENT = re.compile(
    r"\b(?P<phrase>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z0-9][\w-]*\s+){0,3}?"
    rf"(?P<noun>{'|'.join(sorted(FINDING_DOCUMENTS))}))\b"
)
# A run of capitalised words: a name the "it" might mean instead, when it is a body's.
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def document_it(
    mention: Mention, speaker_known: bool, text: str, find: Callable[[str], Person | None]
) -> Mention:
    """The document an unresolved "it" stands for, as a body mention, else the mention.
    `find` gives the cast's person or body by a name: a body named after the document
    ("the review of the Harbour Board") may be the "it", so the quote keeps no speaker."""
    if speaker_known or mention.kind != MentionKind.PRONOUN or mention.text not in ("It", "it"):
        return mention
    found = list(_DOCUMENT.finditer(text, 0, mention.start))
    if not found:
        return mention
    last = found[-1]
    for name in _NAME_RUN.finditer(text, last.end(), mention.start):
        known = find(name.group())
        if known is not None and known.kind == SpeakerKind.ORGANISATION:
            return mention  # a body after the document: "it" may be that body
    phrase = last["phrase"]
    return replace(
        mention,
        text=phrase,
        kind=MentionKind.ORGANISATION,
        name=phrase,
        start=last.start("phrase"),
        end=last.end("phrase"),
    )
