"""“...,” the investor said": the one person the article brought in with that role word.

A reporter writes "billionaire investor Tom Vane" or "Ada Kerr, a retired surgeon," once and
then quotes the person by the role alone ("the investor", "the retired surgeon"). The cast's
roles hold only the titles and role words the lexicon knows; this reads the article's own
words for the description's head noun right before a name, set off after it ("Ada Kerr, a
retired surgeon,"), before it ("the show's host, Bo Renn"), or as the verb of its clause
("Bo Renn, who hosts ..."), or as what the clause after the name makes them ("Ada Kerr
gave her speech as the party's nominee"). Exactly one such person before the quote
is the speaker; two ("investor Tom Vane ... investor Ada Kerr") or none leave the
description.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache

from store.models import SpeakerKind
from store.quotes.lexicon import KIN_WORDS, ROLE_WORDS, word_set
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.person_words import PEOPLE_NOUNS

_NAME = r"([A-Z][\w’'-]*(?:\s+[A-Z][\w.’'-]*)+)"
_DETERMINED = r"(?:a|an|the|its|their)\s+"
# Heads that say no role: anyone may be "the man", "the person" or "the two".
NO_ROLE_HEADS = word_set(
    "man woman person people boy girl one two three four both other others source official "
    "speaker group"
)
_SHAPES = (
    r"\b{head}\s+" + _NAME,  # "retired surgeon Ada Kerr"
    _NAME + r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){{0,4}}{head}\b",  # "Ada Kerr, a retired surgeon"
    r"\b{head},\s+" + _NAME,  # "the show's host, Bo Renn"
    _NAME + r",\s+who\s+{head}s\b",  # "Bo Renn, who hosts"
    # "Ada Kerr gave her speech as the party's nominee": the role the clause gives her, with
    # no article between ("Ada Kerr backed the mayor as the nominee" is the mayor's) nor
    # any other object (_object_between).
    _NAME
    + r"\s+(?P<between>(?:(?!(?:a|an|the)\s)[a-z][\w’'-]*\s+){{0,6}})as\s+"
    + _DETERMINED
    + r"(?:[\w’'-]+\s+){{0,3}}{head}\b",
)


# Compiled once a head for the process: five shapes take some 2 ms to compile, more than an
# article takes to read, and a few hundred heads cover the roles news writes.
@lru_cache(maxsize=1024)
def _patterns(head: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(shape.format(head=re.escape(head))) for shape in _SHAPES)


def introduced_holder(
    description: str, texts: Mapping[int, str], at: int, find: Callable[[str], Person | None]
) -> Person | None:
    """The one known person the paragraphs before reading position `at` (`texts`, the masked
    narration) introduce with the head noun of `description` ("the retired surgeon": Ada Kerr
    after "Ada Kerr, a retired surgeon,"); `find` looks a written name up in the cast."""
    head = description.split()[-1].casefold()
    if head in NO_ROLE_HEADS or not head.isalpha():
        return None
    here, offset = divmod(at, PARAGRAPH_STRIDE)
    found: dict[int, Person] = {}
    for paragraph in sorted(p for p in texts if p <= here):
        text = texts[paragraph]
        if head not in text:
            continue  # every shape writes the head as it is: no regex need scan this one
        limit = offset if paragraph == here else len(text)
        for pattern in _patterns(head):
            for match in pattern.finditer(text, 0, limit):
                if _object_between(match.groupdict().get("between")):
                    continue
                person = find(match[1])
                if person is not None and person.kind == SpeakerKind.PERSON:
                    found[id(person)] = person
    return next(iter(found.values())) if len(found) == 1 else None


def _object_between(between: str | None) -> bool:
    """True when the words between a name's verb and "as" hold a person the role is given to:
    "introduced him as the director", "described her rival as the winner"; not "gave her
    speech as the nominee", a thing."""
    words = (between or "").split()
    if words and words[-1] == "her":
        return True  # "introduced her as": the object, not a possessive
    return any(word in _OBJECTS or person_word(word) for word in words)


_OBJECTS = word_set("him them us me you it")
# Role words that only qualify a title: "a former", "a federal", "her campaign speech".
ROLE_MODIFIERS = word_set(
    "former foreign prime press campaign state defense defence interior top senior junior"
    " acting interim federal national first general presidential democratic u.s. cabinet"
    " council party majority minority vice deputy"
)


def person_word(word: str) -> bool:
    """True for a noun of one person ("rival", "critic", "sister"), not a title's modifier."""
    noun = word.casefold()
    if noun in ROLE_MODIFIERS:
        return False
    return noun in PEOPLE_NOUNS or noun in ROLE_WORDS or noun in KIN_WORDS
