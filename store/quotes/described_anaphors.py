"""“...,” the person added": a bare generic noun standing for the description that just spoke.

Reporters who keep a source unnamed write "said a longtime aide to the mayor" and then "the
person added" or "the man said": the noun says no more than "he" or "she" would, so it means
what such a pronoun would mean right there, the description that spoke in this sentence or the
one before with no one named as a subject since (described_speakers.py). A noun with content
("the senator", "the aide") is read by the role rules instead; a generic noun after a named
speaker ("said Ada Kerr ... the person added") is left to them too, and stays a description
when nothing fits: an honest "the person" beats a wrong name.
"""

from __future__ import annotations

from store.quotes.described_speakers import Seen, described_speaker
from store.quotes.lexicon import Gender
from store.quotes.people import Person

# Nouns that say nothing of a person but (at most) the sex.
_GENERIC = {
    "person": Gender.UNSAID,
    "individual": Gender.UNSAID,
    "man": Gender.MALE,
    "woman": Gender.FEMALE,
}


def described_anaphor(
    text: str, spoke: Seen, subjects: Seen, texts: dict[int, str], at: int
) -> Person | None:
    """The unnamed description a definite generic noun (`text`: "the person", "the woman")
    at reading position `at` stands for, else None; it is known by that noun from then on."""
    words = text.casefold().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _GENERIC:
        return None
    person = described_speaker(spoke, subjects, texts, at, _GENERIC[words[1]])
    if person is not None:
        person.call(text)  # the article's speakers list it by this noun too
    return person
