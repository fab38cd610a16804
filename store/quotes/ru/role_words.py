"""More words of roles: heads the first lists lacked, and offices written in one word.

"учитель информатики казанской гимназии", "независимый авиаэксперт": the head of a role may
be a profession (учитель, профессор) or a compound whose last part is one ("авиаэксперт",
"энергоаналитик"); "замминистра" is "заместитель министра" written short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from store.quotes.ru.names import parses

# Heads of roles beyond cues.ROLE_HEADS: professions agencies quote by.
MORE_HEADS = frozenset(
    "учитель преподаватель профессор ректор декан доцент экономист политолог социолог "
    "юрист адвокат инженер агроном фермер замруководителя замдиректора "
    # "врио губернатора" (временно исполняющий обязанности): a head its office follows.
    "врио вице-губернатор вице-мэр вице-спикер".split()
)
# A compound head: a prefix of three letters or more, then one of these ("авиаэксперт").
_COMPOUND = re.compile(r"^[а-яё]{3,}(?:эксперт|аналитик)(?:а|у|ом|е|ы|ов|ам|ами|ах)?$")
# One-word deputies and the offices they stand for, as role lemmas.
DEPUTIES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("замминистра",): ("заместитель", "министр"),
    ("замглавы",): ("заместитель", "глава"),
    ("зампред",): ("заместитель", "председатель"),
    ("замруководителя",): ("заместитель", "руководитель"),
    ("замдиректора",): ("заместитель", "директор"),
}
# Whoever heads a body is its глава, руководитель or начальник: one office, three words.
_HEADING_WORDS = frozenset({"глава", "руководитель", "начальник"})


def compound_head(word: str) -> bool:
    """A role's head written as one word with a prefix: "авиаэксперт", "энергоаналитика";
    or a scientist in "-олог" ("гидролога", "эпидемиологом")."""
    low = word.lower()
    # Substring tests before the patterns: is_head asks this of most words it reads.
    if "олог" in low:
        return _OLOGIST.match(low) is not None and _animate(low)
    return ("эксперт" in low or "аналитик" in low) and _COMPOUND.match(low) is not None


# "гидролог", "климатолога", "эпидемиологом": a person (animate: not "монолог", "пролог").
_OLOGIST = re.compile(r"^[а-яё]{2,}олог(?:а|у|ом|е|и|ов|ам|ами|ах)?$")


def _animate(word: str) -> bool:
    return "anim" in parses(word)[0].tag.grammemes


def one_heading(words: AbstractSet[str]) -> frozenset[str]:
    """A role's words with глава, руководитель and начальник spelt one way."""
    if words.isdisjoint(_HEADING_WORDS):
        return frozenset(words)
    return frozenset(words - _HEADING_WORDS) | {"руководитель"}


# "посол России в Германии", "постпред РФ при ООН", "представитель МИД в Казани": a role held
# in a place ends with a preposition and the place's name.
_PLACE_PREPOSITIONS = frozenset({"в", "во", "при", "на"})


def in_place(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """Whether words[at] is part of the place a role is held in: the preposition before a
    capitalised name or an abbreviation, or that name right after it; or of the area it
    covers (in_area)."""
    word = words[at][0]
    if word in _PLACE_PREPOSITIONS:
        return 0 < at < len(words) - 1 and _a_place(words[at + 1][0])
    if at > 0 and words[at - 1][0] in _PLACE_PREPOSITIONS and _a_place(word):
        return True
    return in_area(words, at)


# "уполномоченный по правам ребенка в регионе": a place agency copy leaves unnamed.
_PLACE_NOUNS = frozenset("регион область край республика город район округ".split())


def _a_place(word: str) -> bool:
    """A place's name, or a word for a place written in lowercase ("в регионе")."""
    if word[:1].isupper():
        return True
    return word[:2] in _PLACE_OPENINGS and parses(word)[0].normal_form in _PLACE_NOUNS


_PLACE_OPENINGS = frozenset(word[:2] for word in _PLACE_NOUNS)


# "заместитель главы города по транспорту", "вице-премьер по социальным вопросам",
# "уполномоченный по правам человека": the area a role covers, "по" and a word or two.
MAX_AREA_WORDS = 2


def in_area(words: Sequence[tuple[str, int, int]], at: int) -> bool:
    """Whether words[at] is "по" or one of the lowercase words after it naming a role's
    area (the role's head must still come before it: a role starts at its head)."""
    if words[at][0] == "по":
        return 0 < at < len(words) - 1 and words[at + 1][0].islower()
    for back in range(1, MAX_AREA_WORDS + 1):
        if at - back < 0:
            return False
        if words[at - back][0] == "по":
            return all(words[k][0].islower() for k in range(at - back + 1, at + 1))
    return False
