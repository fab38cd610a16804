"""Whom a paragraph of narration is about, for a bare quote paragraph right after it.

News copy often sets a speaker's words in a paragraph of their own after a sentence about that
speaker, with no cue: "Kerr is upbeat about the vote. ¶ “We will win.”" The quote carries on
the words of the person the narration is about when that person is the subject of the
paragraph's first sentence and has spoken just before ("..., Kerr said. ¶ Kerr is upbeat ...
¶ “...”"): the passage is still theirs. A subject who has not spoken yet is no surer than a
guess, so narration about anyone else does not hand them the next quote. A short paragraph
that only announces what follows ("Transcript as follows:") keeps the passage going too.
Inside one paragraph a beat of narration is closer: "Ruiz shook his head. “We will win.”"
is the words of the person the sentence right before the quote is about.
"""

from __future__ import annotations

from store.models import SpeakerKind
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.name_words import POSSESSIVE_ENDINGS
from store.quotes.people import position
from store.quotes.salience import in_subject_place, modifies
from store.quotes.sentences import sentence_ends
from store.quotes.speakers import Cast, Person
from store.quotes.subjects import sentence_subject

_PERSONAL = frozenset(("he", "she"))


def still_speaking(speaker: Person, text: str, paragraph: int, cast: Cast) -> Person | None:
    """The last speaker when a quote-less paragraph with no cue keeps their passage going:
    narration about them, or a short announcement of what follows that names no one."""
    if _announces(text, cast) or carries_on(narrated_person(text, paragraph, cast), speaker):
        return speaker
    return None


# Words at most in a paragraph that only announces the quotation after it: "Transcript as
# follows:", "Here is the full text:". A longer one is narration of its own.
ANNOUNCEMENT_WORDS = 6


def _announces(text: str, cast: Cast) -> bool:
    """True for a short paragraph ending on a colon whose capitalised words name nobody."""
    words = text.split()
    if not text.rstrip().endswith(":") or len(words) > ANNOUNCEMENT_WORDS:
        return False
    named = (cast.find(word.strip(":,.")) for word in words if word[:1].isupper())
    return not any(person is not None for person in named)


def narrated_person(text: str, paragraph: int, cast: Cast, start: int = 0) -> Person | None:
    """The person named (or "he"/"she") as the subject of the sentence at `start` (the
    paragraph's first by default)."""
    ends = [end for end in sentence_ends(text) if end > start]
    subject = sentence_subject(text, start, ends[0] if ends else len(text))
    if subject is None or subject.chunk.endswith(POSSESSIVE_ENDINGS):
        return None  # "Kerr's plan is ...": the sentence is about the plan, not its author
    mention = read_mention(subject.chunk, subject.start)
    if mention is None or mention.end != subject.start + len(subject.chunk):
        return None
    placed = in_subject_place(text, mention.start, mention.end, start)
    if not placed or modifies(text, mention.end):
        return None  # "Halden consultant Ada Kerr": the subject is the consultant, read apart
    at = position(paragraph, mention.start)
    if mention.kind == MentionKind.PRONOUN:
        personal = mention.text.casefold() in _PERSONAL  # narration's pronoun: no cue's
        return cast.resolve(mention, at, cued=False) if personal else None
    if mention.kind != MentionKind.NAME:
        return None
    known = cast.find(mention.name or mention.text)
    if known is None or known.kind != SpeakerKind.PERSON:
        return None  # a name narration never read as a person's is nobody we can hand words
    return cast.resolve(mention, at)


def carries_on(narrated: Person | None, speaker: Person | None) -> bool:
    """True when the paragraph's subject is who spoke last: the passage is still theirs."""
    return narrated is not None and narrated is speaker


def only_quotes(text: str) -> bool:
    """True for narration with no word outside the marks: the paragraph is only quotes."""
    return not any(char.isalnum() for char in text)


def beat_before(span: QuotedSpan, text: str, cast: Cast) -> Person | None:
    """The person the sentence right before a quote is about, when the quote opens a sentence
    of its own: "Kerr paused. “We will win.”" is Kerr's, a beat of narration then her words.
    "Kerr spoke first. Ruiz took the stage. “...”" is Ruiz's: only the nearest sentence counts."""
    ends = _ends_before(span, text)
    if not ends:
        return None  # the quote does not open its sentence, or nothing narrates before it
    start = ends[-2] if len(ends) > 1 else 0
    return narrated_person(text, span.paragraph, cast, start)


def goes_on(
    speaker: Person | None, before: QuotedSpan, span: QuotedSpan, text: str
) -> Person | None:
    """The speaker of the quote before, for a quote that opens the very next sentence of its
    paragraph, with no cue the extractor reads: "“A,” Kerr is quoted as saying. “B.”" goes
    on with A's speaker, however A's was found (carried on from the paragraph before, a
    beat). A sentence of narration between them ("“A.” The crowd grew quiet. “B.”") or a
    quote inside narration ("..., it was a “gamble”") is no longer plainly the same passage."""
    ends = _ends_before(span, text)
    between = [end for end in ends if end > before.close_at]
    return speaker if len(between) == 1 else None


def _ends_before(span: QuotedSpan, text: str) -> list[int]:
    """The sentence ends before a quote that opens a sentence of its own, else []."""
    ends = [end for end in sentence_ends(text) if end <= span.open_at]
    return ends if ends and not text[ends[-1] : span.open_at].strip() else []
