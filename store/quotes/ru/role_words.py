"""More words of roles: heads the first lists lacked, and offices written in one word.

"учитель информатики казанской гимназии", "независимый авиаэксперт": the head of a role may
be a profession (учитель, профессор) or a compound whose last part is one ("авиаэксперт",
"энергоаналитик"); "замминистра" is "заместитель министра" written short.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

# Heads of roles beyond cues.ROLE_HEADS: professions agencies quote by.
MORE_HEADS = frozenset(
    "учитель преподаватель профессор ректор декан доцент экономист политолог социолог "
    "юрист адвокат инженер агроном фермер замруководителя замдиректора".split()
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
    """A role's head written as one word with a prefix: "авиаэксперт", "энергоаналитика"."""
    low = word.lower()
    # Two substring tests before the pattern: is_head asks this of most words it reads.
    return ("эксперт" in low or "аналитик" in low) and _COMPOUND.match(low) is not None


def one_heading(words: AbstractSet[str]) -> frozenset[str]:
    """A role's words with глава, руководитель and начальник spelt one way."""
    if words.isdisjoint(_HEADING_WORDS):
        return frozenset(words)
    return frozenset(words - _HEADING_WORDS) | {"руководитель"}
