"""A "he" or "she" in a paragraph that names one person only, in no subject's place.

The salient person a pronoun means is read from speakers and subjects, so a paragraph that
brings in its person as an object, a possessive or an "of" phrase ("Just look at Mayor Ada
Kerr.", "anyone who heard Ada Kerr’s statement.", "Footage of Kerr appears.") let its "she"
go back to whoever spoke a few paragraphs before. A new paragraph that names just one
person of the pronoun's sex before the pronoun, in an earlier sentence than its own, is
about that person: the pronoun means them. Any other person or description the paragraph
brings in before the pronoun ("The radio host praised Kerr. He ..."), a subject that could
speak in the sentence naming them ("Critics mocked Kerr's plan."), the salient person's
name written there, a name only inside the pronoun's own sentence ("After meeting Kerr, he
said"), or the one named again after the pronoun in its sentence ("He praised Kerr": a
pronoun is never the name its own clause goes on to give) leave the salient reading alone.
A sentence of the pronoun's own whose subject it cannot be ("When I emailed Kerr, he
replied") is read first (other_subjects.py).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from store.models import SpeakerKind
from store.quotes.lexicon import Gender
from store.quotes.other_subjects import other_subject_object
from store.quotes.people import PARAGRAPH_STRIDE, Person, seen_at
from store.quotes.person_words import can_speak
from store.quotes.sentences import sentence_ends
from store.quotes.subjects import sentence_subject
from store.quotes.whole_words import writes_word


def sole_paragraph_person(
    named: list[tuple[int, Person]],
    text: str,
    span: tuple[int, int],
    gender: Gender,
    fits: Callable[[Person, Gender], bool],
    salient: Person,
) -> Person | None:
    """The one person of the pronoun's sex the paragraph names in sentences before the
    pronoun's (`span`: the paragraph's start and the pronoun's position), else None."""
    if own := other_subject_object(named, text, span, gender, fits):
        return own  # "When I emailed Kerr, he replied": the sentence's own person
    start, at = span
    offset = at % PARAGRAPH_STRIDE
    ends = sentence_ends(text)
    before = max((end for end in ends if end <= offset), default=0)
    after = min((end for end in ends if end > offset), default=len(text))
    if _writes(text[:offset], salient):
        return None  # the salient person is named here too, if only by a word of the name
    people = {
        id(person): (seen, person)
        for seen, person in named[bisect_left(named, start, key=seen_at) :]
        if seen < at
    }
    if len(people) != 1:
        return None  # two people (or a description and a name): no one to prefer
    seen, person = next(iter(people.values()))
    if person.kind != SpeakerKind.PERSON or person.described or not fits(person, gender):
        return None
    if seen % PARAGRAPH_STRIDE >= before or _writes(text[offset:after], person):
        return None
    return None if _other_speaking_subject(text, ends, seen % PARAGRAPH_STRIDE) else person


def _other_speaking_subject(text: str, ends: list[int], at: int) -> bool:
    """True when the sentence naming the person at `at` has a subject of its own that could
    speak ("Critics mocked the plan of Kerr."): the passage is theirs as much as the
    person's. "Footage of Kerr appears", "That puzzled ...", "Just look at Kerr" have none."""
    start = max((end for end in ends if end <= at), default=0)
    stop = min((end for end in ends if end > at), default=len(text))
    subject = sentence_subject(text, start, stop)
    if subject is None or subject.start <= at < subject.start + len(subject.chunk):
        return False
    return can_speak(subject.chunk.split()[-1])


def _writes(text: str, person: Person) -> bool:
    """True when `text` holds the last word of the person's name."""
    words = person.name.split()
    return bool(words) and writes_word(text, words[-1])
