"""Groups of people as speakers: "жители района жалуются: «…»", "по словам родителей учеников".

Agency copy lets a group speak as often as a person ("родители учеников считают, что …",
"«…», — жалуются жители поселка"). The phrase opens with a plural noun for people (animate,
in the case the cue wants), after adjectives agreeing with it ("местные жители"), and runs on
through its genitive complements ("жители Усть-Кедровского района", "владельцы кафе и
магазинов") and the names they hold ("поселка Кедровый Лог"). The group is stored as the
article calls it, in the nominative: a description of several people, never one person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from store.quotes.ru.names import nominative_phrase, parses
from store.quotes.ru.plain_words import plain

MAX_GROUP_WORDS = 7
MAX_LEADING_ADJECTIVES = 2  # "многие местные жители"
_PEOPLE = frozenset({"NOUN", "plur", "anim"})
_NAMES = frozenset({"Name", "Surn", "Patr"})  # "Ивановы" are a family, read as names
_MODIFIERS = frozenset({"ADJF", "PRTF"})  # "местные", "опрошенные"
_TAIL_POS = frozenset({"NOUN", "ADJF", "PRTF"})
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "ADVB", "VERB", "INFN"})


class _Word(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def group_span(words: Sequence[_Word], cases: tuple[str, ...]) -> tuple[int, int, str] | None:
    """Where the group a phrase's words open with starts and ends, and its name; or None."""
    found = group_words([w.text for w in words], cases)
    if found is None:
        return None
    return words[0].start, words[found[0] - 1].end, found[1]


def group_words(words: list[str], cases: tuple[str, ...]) -> tuple[int, str] | None:
    """How many of the words, from the first, name a group of people in one of `cases`, and
    the group's name in the nominative (lower case); None when they open with no group."""
    at = 0
    while at < min(len(words), MAX_LEADING_ADJECTIVES) and _modifier(words[at], cases, at == 0):
        at += 1
    if at == len(words) or not _people(words[at], cases):
        return None
    end = at + 1
    while end < len(words) and end - at < MAX_GROUP_WORDS:
        if (
            _complement(words[end])
            or (end > at + 1 and _name_part(words[end]))
            or (_noun_after_adjective(words[end - 1], words[end]))
        ):
            end += 1
        elif words[end] == "и" and end + 1 < len(words) and _complement(words[end + 1]):
            end += 2  # "владельцы кафе и магазинов"
        else:
            break
    name = nominative_phrase(words[:end])
    return end, name[:1].lower() + name[1:]


def _people(word: str, cases: tuple[str, ...]) -> bool:
    """A plural noun for people in one of the cases, its likeliest reading a noun."""
    if plain(word):
        return False
    found = parses(word)
    if (
        not found
        or "NOUN" not in found[0].tag.grammemes
        or not _NAMES.isdisjoint(found[0].tag.grammemes)
    ):
        return False
    return any(p.tag.grammemes >= _PEOPLE and p.tag.case in cases for p in found)


def _modifier(word: str, cases: tuple[str, ...], first: bool) -> bool:
    """An adjective agreeing with the group's noun; the first word may open a sentence
    ("Городские перевозчики предупреждают")."""
    lower = word[:1].lower() + word[1:] if first else word
    if plain(lower) or not lower.islower():
        return False
    best = parses(word)[0]
    grammemes = best.tag.grammemes
    return not _MODIFIERS.isdisjoint(grammemes) and "plur" in grammemes and best.tag.case in cases


def _complement(word: str) -> bool:
    """A genitive noun or adjective: "района", "Усть-Кедровского", "небольших", "кафе"."""
    if plain(word):
        return False
    found = parses(word)
    if not found or not _FUNCTION_POS.isdisjoint(found[0].tag.grammemes):
        return False
    return any(
        "gent" in p.tag.grammemes and not _TAIL_POS.isdisjoint(p.tag.grammemes) for p in found
    )


def _noun_after_adjective(before: str, word: str) -> bool:
    """A genitive adjective's noun, whatever the analyser reads first: "прибрежных сел"
    ("сел" is likelier the verb), "окрестных сел"."""
    if plain(word) or plain(before):
        return False
    adjective = parses(before)[0].tag.grammemes
    return {"ADJF", "gent", "plur"} <= adjective and any(
        {"NOUN", "gent", "plur"} <= p.tag.grammemes for p in parses(word)
    )


def _name_part(word: str) -> bool:
    """A capitalised word after a complement: a place's own name ("поселка Кедровый Лог"),
    never a first name (an apposition's: "эксперты отрасли Марина Лисицына и …")."""
    if not (word[:1].isupper() and word[1:].islower()) or plain(word):
        return False
    return "Name" not in parses(word)[0].tag.grammemes
