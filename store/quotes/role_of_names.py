""" "The mayor of Dunmore, Ada Kerr, defended …": a role "of" a place, then the person's name.

The subject reader stopped at the comma and took "The mayor of Dunmore" for the subject (the
place's capital made it read as a name, so the opening was no mere "The mayor,"), or gave
up at a lower-case word after "of" ("The finance minister of the canton of Verlo"): the
participle cue after ("…, telling reporters “…”") then went to the description or nobody,
though the article names her. The name in apposition is the subject when the words before it
are a role of somewhere and the name reads as a person's: its first word a known first name
("Dunmore, New Avon," is a place pair, not a mayor's name).
"""

from __future__ import annotations

from store.quotes.lexicon import ROLE_WORDS, Gender
from store.quotes.salience import first_name_gender

Tokens = list[tuple[int, str]]

_ROLE_MODIFIERS = 3  # lower-case words before the role: "The deputy finance minister of"
_PLACE_WORDS = 6  # words of the place: "the canton of Verlo", "the union"
# A list goes on after the name ("…, Ada Kerr, and Ivo Renn"): no apposition to read.
_LIST_WORDS = frozenset({"and", "or", "nor"})
_NAME_WORDS = (2, 3)  # a first name and a surname, a middle name at most


def past_role_of_place(tokens: Tokens, comma: int) -> Tokens | None:
    """The tokens from the apposed name on when the sentence opens "The <role> of <place>,
    <First> <Last>," and a lower-case word follows, else None."""
    if tokens[0][1] not in ("The", "the") or not _role_of_place(
        [w for _, w in tokens[1 : comma + 1]]
    ):
        return None
    after = tokens[comma + 1 :]
    for count in _NAME_WORDS:
        name = [word for _, word in after[:count]]
        if len(after) <= count or not name[-1].endswith(",") or not after[count][1][:1].islower():
            continue
        if after[count][1] in _LIST_WORDS:
            return None
        words = [word.rstrip(",") for word in name]
        if (
            all(_capitalised(word) for word in words)
            and first_name_gender(words[0]) != Gender.UNSAID
        ):
            return after
    return None


def _role_of_place(words: list[str]) -> bool:
    """True for "mayor of Dunmore,", "finance minister of the canton of Verlo,"."""
    if not words or not words[-1].endswith(","):
        return False
    words = [*words[:-1], words[-1].rstrip(",")]
    if "of" not in words:
        return False
    at = words.index("of")
    role, modifiers, place = words[at - 1] if at else "", words[: at - 1], words[at + 1 :]
    if role.casefold() not in ROLE_WORDS or len(modifiers) > _ROLE_MODIFIERS:
        return False
    if not all(word.isalpha() and word.islower() for word in modifiers):
        return False  # "The mayor's aide of", "The Dunmore mayor of": not a plain role
    if not place or len(place) > _PLACE_WORDS:
        return False
    # "of Dunmore", "of the canton of Verlo", "of the dockers' union": no figure, no mark.
    return all(word.replace("-", "").isalpha() for word in place)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()
