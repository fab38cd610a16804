"""Missed reported speech, for reading: each `mixed` gold fragment not found inside an indirect
quote of its speaker, in its paragraph, with a rough guess at why (bench_quotes.py
--show-reported prints these and their counts).

The guess reads only the fragment's sentence: it is a reading aid, not a measure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

# Verbs of saying the guess looks for, beside "said"/"says"/"told"/"according to".
_VERBS = (
    r"argu\w*|insist\w*|warn\w*|predict\w*|claim\w*|acknowledg\w*|conced\w*|suggest\w*"
    r"|contend\w*|maintain\w*|assert\w*|not(?:ed|es|ing)|add(?:ed|s|ing)|explain\w*"
    r"|believ\w*|think\w*|thought|promis\w*|vow\w*|pledg\w*|call(?:ed|s|ing)|describ\w*"
    r"|accus\w*|blam\w*|prais\w*|urg\w*|ask\w*|repl\w*|respond\w*|wr[io]te?\w*|tweet\w*"
    r"|announc\w*|declar\w*|stat(?:ed|es|ing)|recall\w*|complain\w*|den(?:y|ies|ied)"
)
_SAY = re.compile(r"\b(?:said|says|say|saying|told|tells|telling)\b", re.IGNORECASE)
_OTHER = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_PRONOUN_CUE = re.compile(
    r"\b(?:he|she|they|we|i)\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|argued|noted|" + _VERBS + r")\b",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"[,”\"]\s*(?:(?:he|she|they|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+(?:said|says|added|told"
    r"|argued|noted|wrote)|(?:said|says|added)\s+[A-Z\w][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})"
    r"[^.!?]{0,60}[.!?]?[”\"]?\s*$"
)
_NAMING = re.compile(
    r"\b(?:call(?:ed|s|ing)?|dubb\w*|labell?\w*|brand\w*|describ\w*|referr?\w*\s+to|termed)\b",
    re.IGNORECASE,
)
# The words just before the fragment's opening mark: a cue that hands the clause to the marks.
_CLAUSE_CUE = re.compile(
    r"\b(?:that|says|said|say|saying|adding|tells\s+\w+|told\s+\w+|is|was|are|were)\s*[“\"]$",
    re.IGNORECASE,
)
_DIRECT_OPENING = re.compile(r"(?:^|[:,]|[.!?][”\"]?)\s*[“\"]$")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’)]))\s+(?=[“\"A-Z])")


class Span(Protocol):
    start: int
    end: int
    block: int


@dataclass(frozen=True)
class Miss:
    doc_id: str
    speaker: str
    start: int
    end: int
    block: int
    why: str
    paragraph: str  # with the fragment in ⟦ ⟧ and indirect quotes in { }
    before: str  # the end of the paragraph before


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of the paragraph text holding [start, end) (offsets in the paragraph)."""
    cuts = [0, *(m.start() for m in _SENTENCE_END.finditer(text)), len(text)]
    first = max(c for c in cuts if c <= start)
    last = min((c for c in cuts if c >= end), default=len(text))
    return text[first:last]


def why(sentence: str, before: str, fragment: str, partly: bool, wrong_speaker: bool) -> str:
    """A rough guess at why a fragment in this sentence is not reported with its speaker;
    `before` is the paragraph up to the fragment."""
    if wrong_speaker:
        return "inside an indirect quote of another speaker"
    if partly:
        return "indirect quote spans the fragment only partly"
    if _DIRECT_OPENING.search(before.rstrip()):
        return "laid out as a direct quote (opens the sentence or follows a comma/colon)"
    if _CLAUSE_CUE.search(before.rstrip()):
        return "the clause after the cue is all in marks"
    if len(fragment.split()) <= 3 and _NAMING.search(sentence):
        return "naming verb with an epithet (called X 'Y')"
    if len(fragment.split()) <= 3 and not (_SAY.search(sentence) or _ACCORDING.search(sentence)):
        return "term or epithet (<= 3 words), no say/according"
    if _ACCORDING.search(sentence):
        return "according to"
    if _CUE_AFTER.search(sentence):
        return "cue after the statement"
    if _PRONOUN_CUE.search(sentence):
        return "pronoun speaker"
    if _SAY.search(sentence):
        return "said/told, no statement extracted"
    if _OTHER.search(sentence):
        return "other speech verb"
    return "no cue in the sentence (paragraph-level)"


def mark(text: str, fragment: tuple[int, int], indirect: Sequence[tuple[int, int, str]]) -> str:
    """The paragraph with the fragment in ⟦ ⟧ and each indirect quote in {…}<speaker>."""
    inserts: list[tuple[int, int, str]] = [(fragment[0], 1, "⟦"), (fragment[1], 0, "⟧")]
    for start, end, speaker in indirect:
        inserts += [(start, 2, "{"), (end, -1, f"}}<{speaker}>")]
    out, at = [], 0
    for pos, _, token in sorted(inserts):
        out.append(text[at:pos])
        out.append(token)
        at = pos
    out.append(text[at:])
    return "".join(out)


def tally(misses: Iterable[Miss]) -> Counter[str]:
    return Counter(m.why for m in misses)


def print_misses(misses: list[Miss], limit: int) -> Iterator[str]:
    for miss in misses[:limit]:
        yield f"[{miss.doc_id}] {miss.why}; gold={miss.speaker!r}"
        if miss.before:
            yield f"    (before: …{miss.before})"
        yield f"    {miss.paragraph}"
    yield "reported misses by guessed cause: " + str(dict(tally(misses).most_common()))


# A cue right before the opening mark that hands it the whole clause ("said that “…”", "tells
# reporters “…”"): the scorer's own list, not the extractor's.
_WHOLE_CLAUSE_CUE = re.compile(
    r"\b(?:that|says|said|say|saying|adding|added|wrote|writes|tells\s+\w+|told\s+\w+)\s*[“\"]$",
    re.IGNORECASE,
)
PLAIN_MIN_WORDS = 4


# What may follow a wholly quoted statement's closing mark: the sentence's end, the next
# sentence, or its cue ("…,” she said.").
_STATEMENT_END = re.compile(
    r"^[.,!?;:]*[”\"]?[.,!?]*\s*(?:$|[A-Z“\"(]|[—–-]|(?:he|she|they|it|we|i)\s+\w+)"
)


def wholly_quoted(before: str, after: str = "") -> bool:
    """True when the fragment's marks hold its whole statement: they open the sentence, follow
    a comma or colon, or follow the cue itself ("X said that “…”"), and the sentence ends (or
    its cue follows) after them: no words of the writer's go on the statement. There is no paraphrase
    around such a fragment for an indirect quote to hold; its statement comes back, exactly,
    as the direct quote."""
    before = before.rstrip()
    opened = _DIRECT_OPENING.search(before) or _WHOLE_CLAUSE_CUE.search(before)
    return bool(opened) and bool(_STATEMENT_END.match(after))


# The verbs of reporting a statement, for plainly_reported: naming and asking verbs ("called
# it", "accused", "urged", "asked") report no statement.
_REPORTING = re.compile(
    r"\b(?:argu\w*|insist\w*|warn\w*|predict\w*|claim\w*|acknowledg\w*|conced\w*|suggest\w*"
    r"|contend\w*|maintain\w*|assert\w*|not(?:ed|es|ing)|add(?:ed|s|ing)|explain\w*|believ\w*"
    r"|think\w*|thought|wr[io]te?\w*|tweet\w*|announc\w*|declar\w*|stat(?:ed|es|ing)"
    r"|recall\w*|complain\w*|den(?:y|ies|ied)|repl\w*|respond\w*|promis\w*|vow\w*)\b",
    re.IGNORECASE,
)


def plainly_reported(sentence: str, fragment: str) -> bool:
    """The issue's "plainly reported statement": a speech verb or "according to" in the
    sentence, and four words or more."""
    cue = _SAY.search(sentence) or _REPORTING.search(sentence) or _ACCORDING.search(sentence)
    return bool(cue) and len(fragment.split()) >= PLAIN_MIN_WORDS


def laid_out_as_direct(before: str) -> bool:
    """True when the fragment's opening mark opens a direct quote rather than sitting inside
    the writer's paraphrase: it opens the sentence, follows a comma or colon, or follows the
    cue itself ("said that “…"). No indirect quote can hold such a fragment with words of the
    writer's around it; what it quotes comes back as a direct quote. ("said the plan was “…"
    is the writer's paraphrase: why's "all in marks" cause counts it, this does not.)"""
    before = before.rstrip()
    return bool(_DIRECT_OPENING.search(before) or _WHOLE_CLAUSE_CUE.search(before))
