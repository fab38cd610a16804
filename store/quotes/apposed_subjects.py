"""“...,” she snaps" after "The elder sister, Mary (Gwen Oduya), is the practical one": Mary.

Reviews and profiles bring a person in by a description with a lone first name set beside it
as the sentence's subject ("The eldest, Ruth, is ...", "Her younger sister, Kit (Jo Marr),
has the best lines"), often with the actor who plays her in brackets. The cast reads no name
there (a lone first name in apposition is no mention), so a "she" later in the paragraph
went to whoever the paragraphs before made salient. The apposed name is the subject of its
paragraph: the pronoun is hers when her sex, said by the first name or the description's
noun ("sister"), is the pronoun's, and no other person of that sex is named between.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.quotes.first_names import NOUN_GENDER
from store.quotes.lexicon import Gender
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.salience import first_name_gender

# "The elder sister, Mary (Gwen Oduya), is": a sentence-opening description, a lone
# capitalised name (an actor's in brackets may follow, or the blanks the masking left of
# them), then the sentence's verb in the present a review or profile writes in ("is", "has");
# news's past ("The girl, Amy, was taken to hospital. “...,” she said") is as often about
# someone who is not the one speaking.
_APPOSED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:The|Her|His|Their)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),"
    r"\s+(?P<name>[A-Z][a-z]+)(?:\s+\([^()]*\))?\s*,\s+(?:is|has|remains|plays|seems|gets)\b"
)


def apposed_subject(
    text: str,
    span: tuple[int, int],
    gender: Gender,
    named: list[tuple[int, Person]],
    register: Callable[[Mention], Person],
) -> Person | None:
    """The person a lone apposed name brings in as the subject of the paragraph `text`
    before the pronoun (`span`: the paragraph's start and the pronoun's position), when
    that person's sex is the pronoun's; else None."""
    start, at = span
    offset = at % PARAGRAPH_STRIDE
    found = next(reversed(list(_APPOSED.finditer(text, 0, offset))), None)
    if found is None or not gender:
        return None
    name, noun = found["name"], found["words"].split()[-1]
    sex = first_name_gender(name) or NOUN_GENDER.get(noun, Gender.UNSAID)
    if sex != gender or (NOUN_GENDER.get(noun) or sex) != sex:
        return None  # "His brother, Jo": no "she"; a first name and a noun at odds: no one
    between = start + found.end()
    if any(between <= seen < at and person.sex == gender for seen, person in named):
        return None  # "The eldest, Ruth, meets Ann Pike. “...,” she says": either woman
    person = register(Mention(name, MentionKind.NAME, name=name, gender=sex))
    return person
