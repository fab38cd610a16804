"""The "it" that concludes or finds after a document was brought in: "The inquiry sat for a
year. It concluded that “…”" is the inquiry's finding.

"it" stands for the latest body the cast knows (it_referents.py), but an unnamed report or
inquiry is no body of the cast, so the quote kept no speaker, or went to a body named before
the document that the "it" no longer means. When the verb is one a document acts by
("concluded", "found"), the paragraph brought in a document by its noun before the "it", as
the subject opening its sentence or clause ("The inquiry ...", "An independent review of the
unit ..."), and named no body after it, the document speaks, as "The report concluded: “…”"
does. "It said" after a document is left alone: "The ministry released the report. It said"
is the ministry speaking, and a document only "says" when it is the subject of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from store.models import SpeakerKind
from store.quotes.document_findings import DOCUMENT_OPENING, FINDING_CUES
from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person
from store.quotes.statement_words import FINDING_DOCUMENTS

# "the inquiry", "an independent review", "Its 2019 audit": the document's noun after the
# opening document_findings.py reads.
_DOCUMENT = re.compile(
    rf"\b(?P<phrase>{DOCUMENT_OPENING}(?P<noun>{'|'.join(sorted(FINDING_DOCUMENTS))}))\b"
)
# The verbs a document acts by: it finds and concludes, where a body says and tells.
_DOCUMENT_VERBS = FINDING_CUES | word_set("concluded concludes")
# What may stand right before a subject opening its sentence or clause.
_CLAUSE_BREAKS = frozenset(".!?,;:”\"")
# A run of capitalised words: a name the "it" might mean instead, when it is a body's.
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def document_it(
    mention: Mention,
    verb: str,
    speaker_known: bool,
    text: str,
    find: Callable[[str], Person | None],
) -> Mention:
    """The document an unresolved "it" subject of `verb` stands for, as a body mention, else
    the mention. `find` gives the cast's person or body by a name: a body named after the
    document ("the review of the Harbour Board") may be the "it", so the quote keeps no
    speaker."""
    if speaker_known or mention.kind != MentionKind.PRONOUN or mention.text not in ("It", "it"):
        return mention
    if verb not in _DOCUMENT_VERBS:
        return mention  # "It said": a body's verb, whatever document came before
    found = list(_DOCUMENT.finditer(text, 0, mention.start))
    if not found or not _opens_clause(text, found[-1].start()):
        return mention  # "The firm commissioned an audit. It found": the firm may find
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


def _opens_clause(text: str, at: int) -> bool:
    """True when the phrase at `at` opens its sentence or a clause after a comma."""
    before = text[:at].rstrip()
    return not before or before[-1] in _CLAUSE_BREAKS
