"""A "he" whose own sentence opens on someone it cannot be: the one person named there.

"Later, when I emailed Kerr to thank him, he replied, “...”" and "For that she drew Kerr's
ire - he called her “weak”": the sentence's subject is the writer ("I", "we") or a pronoun
of the other sex, so its later "he" or "she" is someone else, and the one person of that
sex the sentence names before it (an object, a possessive) is who is meant, not whoever
spoke a few paragraphs before. The rule reads the pronoun's own sentence only, and holds
back when a second person is named there ("When I asked Kerr about Vance, he said"), when
the opening pronoun is of the pronoun's own sex ("After he met Kerr, he said"), when a name
or another word comes before that opening pronoun ("Asked what Lee thinks, she said": no
subject of its own), or when the sentence names the person again after the pronoun ("she
thanked Kerr, and he praised Kerr": a pronoun is never the name its clause goes on to give).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.models import SpeakerKind
from store.quotes.lexicon import Gender
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sentences import sentence_ends
from store.quotes.whole_words import writes_word

# The words that may open a sentence before its subject pronoun: "Later, when I", "For
# that she", "But when we".
_OPENERS = (
    r"(?:(?:later|then|but|and|so|yet|when|after|before|as|once|while|since|because|if|"
    r"for|that|this|now|still|even|though|although)[\s,]+)*"
)
_OPENING = re.compile(rf"\s*{_OPENERS}(?P<subject>I|[Ww]e|[Ss]he|[Hh]e)\b", re.IGNORECASE)
# A capitalised word, an ending after an apostrophe left off ("Kerr’s" is "Kerr").
_CAPITAL = re.compile(r"\b[A-Z][\w-]*")
_OTHER_SEX = {Gender.MALE: "she", Gender.FEMALE: "he"}


def other_subject_object(
    named: list[tuple[int, Person]],
    text: str,
    span: tuple[int, int],
    gender: Gender,
    fits: Callable[[Person, Gender], bool],
) -> Person | None:
    """The one person of `gender` the pronoun's sentence names before the pronoun (`span`:
    the paragraph's start and the pronoun's position) when that sentence's subject is "I",
    "we" or a pronoun of the other sex; else None."""
    if not gender:
        return None
    at = span[1]
    offset = at % PARAGRAPH_STRIDE
    ends = sentence_ends(text)
    begins = max((end for end in ends if end <= offset), default=0)
    after = min((end for end in ends if end > offset), default=len(text))
    opening = _OPENING.match(text, begins, offset)
    if opening is None or not _cannot_be(opening["subject"], gender):
        return None
    segment = text[opening.end("subject") : offset]
    capitals = set(_CAPITAL.findall(segment))
    start = span[0]
    here = [pair for pair in named if start <= pair[0] < at]
    # The paragraph's people first; a surname it does not file may be anyone's in the article.
    people = _written(here, segment) or _written(named, segment)
    if len(people) != 1:
        return None  # no one, or two people: no one to prefer
    person = next(iter(people.values()))
    if not capitals <= {*person.name.split(), "I"}:
        return None  # another name, a body or a place stands there too: no choice
    if person.kind != SpeakerKind.PERSON or person.described or not fits(person, gender):
        return None
    return None if writes_word(text[offset:after], person.name.split()[-1]) else person


def _cannot_be(subject: str, gender: Gender) -> bool:
    """True when a sentence's subject pronoun is never the person "he" or "she" means."""
    word = subject.casefold()
    return word in ("i", "we") or word == _OTHER_SEX[gender]


def _written(named: list[tuple[int, Person]], segment: str) -> dict[int, Person]:
    """The people of `named` whose surname `segment` writes, by identity."""
    return {
        id(person): person
        for _, person in named
        if person.name.split() and writes_word(segment, person.name.split()[-1])
    }
