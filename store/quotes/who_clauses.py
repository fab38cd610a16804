"""The subject of a cue joined by "and" to a relative clause: the one "who" stands for.

"“...,” said a former official who oversaw the inquiry and described it as “...”": the
official oversaw and described; the name opening the sentence before the quote ("Pratt
“was handled ...”") is whom the first quote is about, not who describes.
"""

from __future__ import annotations

from store.quotes.marks import MASK
from store.quotes.speech import Subject, speech_verbs, subject_before

_BREAKS = (",", ";", ":", MASK)
_ACCORDING = "according to"
_AFTER_QUOTE = frozenset((",", MASK, '"', "”"))


def who_clause_subject(text: str, start: int, verb_start: int) -> Subject | None:
    """The words "who" stands for when the clause holding the cue at `verb_start` opens with
    "who" inside its sentence (from `start`) and nothing breaks it; else None."""
    at = text.rfind(" who ", start, verb_start)
    if at < 0 or any(mark in text[at:verb_start] for mark in _BREAKS):
        return None
    if " and " not in text[at:verb_start]:
        return None  # "who said": "who" itself is the verb's subject, read elsewhere
    subject = subject_before(text, at + 1)
    return None if subject is None else _credited(text, start, subject)


def _credited(text: str, start: int, subject: Subject) -> Subject | None:
    """The words "who" stands for when an inverted cue stands right before them ("said an
    aide who", "according to a person who"): the sentence's speaker, who goes on. None for
    "Her campaign hailed mothers who ... and said": the campaign speaks, not the mothers."""
    end = subject.start + len(subject.chunk)
    lead = text[start:end]
    # Only an inverted cue, right after the quote or its comma: "announced support from
    # mothers who" names the object of its own verb.
    inverted = [e for s, e, _ in speech_verbs(lead) if lead[:s].rstrip()[-1:] in _AFTER_QUOTE]
    cue_end = max(inverted, default=-1)
    lowered = lead.casefold()
    if _ACCORDING in lowered:
        cue_end = max(cue_end, lowered.rindex(_ACCORDING) + len(_ACCORDING))
    cue_end += start
    if cue_end < start or text[cue_end : subject.start].strip():
        return None  # no cue, or words between the cue and the chunk
    words = text[cue_end:end]
    named = words.lstrip()
    return Subject(named, end - len(named), None, -1) if named else None
