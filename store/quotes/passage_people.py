"""“...,” the billionaire developer said": in a round-up, the person its passage is about.

sole_persons.py reads a profile noun ("the developer", "the retired surgeon") as the person
narration last made speak or the subject of a sentence, only when that person is also the one
the article has named most: a noun in a story about Ada Kerr may be Kerr, whoever spoke
last. A round-up names several people, none most, and still gives each a passage of their own
("Bo Renn, the front-runner, listed his favourite film. “...,” the billionaire developer
said"). When no one else holds half of the article's mentions so far (no story's person to
compete), and the paragraph before the description and its own paragraph up to it name that
person and nobody else who could speak (no other full name, surname or description of a
person), the description is theirs; unless the quote speaks of them: their surname, or
"he" or "she" of their sex opening it ("“She has a great future,” the veteran said" after
Mia Loft's passage is someone speaking about her; a "he" further in may be anyone).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Mapping

from store.quotes.lexicon import Gender
from store.quotes.people import PARAGRAPH_STRIDE, Person, paragraphs_back, seen_at
from store.quotes.whole_words import writes_word

Seen = list[tuple[int, Person]]
# Paragraphs back the passage reaches: the one before the description's, and its own.
_PASSAGE = 1
# The words in marks of a paragraph, and a third person's pronouns by sex.
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_THIRD_PERSON = {
    Gender.MALE: re.compile(r"[“\"](?:He|His)\b"),
    Gender.FEMALE: re.compile(r"[“\"](?:She|Her)\b"),
}


def round_up_passage_person(
    focus: Person,
    events: Seen,
    named: Seen,
    at: int,
    fits: Callable[[Person], bool],
    raw: Mapping[int, str],
) -> bool:
    """True when `focus` is the only person the passage before `at` names, no one else
    dominates the article so far and the quote does not speak of `focus`. `events` are the
    cast's speech events and sentence subjects, `named` its narration mentions in reading
    order, `fits` who may be meant at all, `raw` the paragraphs with their quotes."""
    if _spoken_of(focus, raw.get(at // PARAGRAPH_STRIDE, "")):
        return False
    return _alone_in_passage(focus, named, at, fits) and not _dominant_other(
        focus, events + named, at, fits
    )


def _spoken_of(focus: Person, paragraph: str) -> bool:
    """True when words in marks in `paragraph` name `focus` by surname or open on a pronoun
    of their sex: the quote is about them, not theirs."""
    pronoun = _THIRD_PERSON.get(focus.sex)
    surname = focus.name.split()[-1]
    for quoted in _QUOTED.findall(paragraph):
        if writes_word(quoted, surname) or (pronoun is not None and pronoun.match(quoted)):
            return True
    return False


def _alone_in_passage(focus: Person, named: Seen, at: int, fits: Callable[[Person], bool]) -> bool:
    start = paragraphs_back(at, _PASSAGE)
    passage = [
        person for seen, person in named[bisect_left(named, start, key=seen_at) :] if seen < at
    ]
    others = any(person is not focus and fits(person) for person in passage)
    return not others and any(person is focus for person in passage)


def _dominant_other(focus: Person, mentions: Seen, at: int, fits: Callable[[Person], bool]) -> bool:
    """True when someone other than `focus` holds half or more of the full-named people's
    mentions before `at` (each place counted once): the story is theirs."""
    seen = {(where, id(p)) for where, p in mentions if where < at and _full_named(p, fits)}
    counts = Counter(person for _, person in seen)
    counts.pop(id(focus), None)
    top = max(counts.values(), default=0)
    return 2 * top >= len(seen)


def _full_named(person: Person, fits: Callable[[Person], bool]) -> bool:
    return " " in person.name and not person.described and fits(person)
