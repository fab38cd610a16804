"""A speaker inside another person's sentence: the passage's subject stays the one its
pronouns mean ("Brandt balked when Oakes asked ...", "X noted that the paper's Y had
reported ..."), so the cast does not make that speaker the next "he said"'s."""

from __future__ import annotations

import re
from bisect import bisect_left

from store.models import SpeakerKind
from store.quotes.clause_speakers import opens_own_clause
from store.quotes.lexicon import Gender
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.people import PARAGRAPH_STRIDE, Person, seen_at
from store.quotes.sentences import sentence_ends

# A cue set off by commas inside another's sentence: "Kerr, Renn said, has ...".
_ASIDE = re.compile(CAPITALISED_RUN + r"\s+[a-z]+,\s")
_PERSON = SpeakerKind.PERSON


def embedded_speaker(
    texts: dict[int, str],
    subjects: list[tuple[int, Person]],
    referring: list[tuple[int, Gender]],
    person: Person,
    at: int,
) -> bool:
    """True when `person`, speaking at reading position `at`, stands inside a sentence whose
    subject is another person or a pronoun (the cast's `subjects` and `referring`, both in
    reading order); `texts` are the cast's paragraphs by number."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    if _ASIDE.match(text, offset) and text[:offset].endswith(", "):
        return False  # "Vance, Pryor said, has ...": the aside's speaker is the passage's
    if opens_own_clause(text, offset):
        return False  # "Renn won them over, Dorn said.", "Of Renn, Dorn said": Dorn speaks
    ends = sentence_ends(text)
    start = paragraph * PARAGRAPH_STRIDE + max((end for end in ends if end <= offset), default=0)
    for seen, subject in subjects[bisect_left(subjects, start, key=seen_at) :]:
        if seen >= at:
            break
        if subject is not person and subject.kind == _PERSON:
            return True
    first = bisect_left(referring, start, key=seen_at)
    return first < len(referring) and referring[first][0] < at
