"""Whom a definite description with a known role means ("the senator" after two senators):
the one just made a sentence's subject over one who spoke before that, unless the words
since that subject's sentence speak of him ("Sen. Bo Renn was not there. “Renn should have
come,” the senator said" is the senator who spoke before, not Renn naming himself)."""

from __future__ import annotations

import re

from store.quotes.people import PARAGRAPH_STRIDE, Person

# Not sentences.sentence_ends: raw words across paragraphs (quotes unmasked), where a newline
# or any stop before a space ends the subject's sentence (sentence_ends with a newline gives
# the same PolNeAR digest; kept as tuned until a measured change).
_SENTENCE_END = re.compile(r"[.!?][”\"’']?(?=\s|$)|\n")
# Every case and form, unlike rank_bodies' "he"/"she": any word about him counts here.
# Any sex: a sex the cast learnt from narration ("Her rival, Sen. Bo Renn") may be wrong.
_THIRD_PERSON = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)


def role_holder(
    spoke: list[tuple[int, Person]],
    subjects: list[tuple[int, Person]],
    matches: list[Person],
    at: int,
    paragraphs: dict[int, str],
) -> Person | None:
    """The last of `matches` who spoke before `at`, unless one of them was a sentence's
    subject after that: "Sen. Ada Kerr spoke. ... Sen. Bo Renn also urged a vote. “...,” the
    senator said" is Renn, the one the passage turned to. `paragraphs` holds the raw text
    (quotes unmasked) the words between that subject and `at` are read from."""
    last_speaker = next(
        ((seen, p) for seen, p in reversed(spoke) if seen < at and p in matches), None
    )
    last_subject = next(
        ((seen, p) for seen, p in reversed(subjects) if seen < at and p in matches), None
    )
    if last_speaker is None:
        return None
    speaker_at, speaker = last_speaker
    if last_subject is None or last_subject[0] <= speaker_at:
        return speaker
    subject_at, subject = last_subject
    since = _after_sentence(_between(paragraphs, subject_at, at), subject.surname)
    return speaker if _spoken_of(subject, since) else subject


def _between(paragraphs: dict[int, str], start: int, end: int) -> str:
    """The raw words from reading position `start` to `end`, a newline between paragraphs."""
    first, last = start // PARAGRAPH_STRIDE, end // PARAGRAPH_STRIDE
    pieces = []
    for paragraph in range(first, last + 1):
        text = paragraphs.get(paragraph, "")
        begin = start % PARAGRAPH_STRIDE if paragraph == first else 0
        pieces.append(text[begin : end % PARAGRAPH_STRIDE] if paragraph == last else text[begin:])
    return "\n".join(pieces)


def _after_sentence(words: str, surname: str) -> str:
    """The words after the sentence that names `surname` (the subject's own sentence)."""
    named = words.find(surname)
    end = _SENTENCE_END.search(words, named + len(surname) if named >= 0 else 0)
    return words[end.end() :] if end is not None else ""


def _spoken_of(person: Person, words: str) -> bool:
    """True when the words name the person again or say "he" or "she": words about him,
    which are not his ("He is hiding from voters")."""
    surname = re.search(rf"\b{re.escape(person.surname)}\b", words)
    return surname is not None or _THIRD_PERSON.search(words) is not None
