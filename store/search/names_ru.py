"""A Russian name or role as asked, in any case, read as the nominative the store keeps.

"цитаты Лаврова", "что сказала Захаровой", "главы МИД": the articles' speakers are stored in
the nominative ("Сергей Лавров", "Мария Захарова", "глава МИД РФ"). A stemmer cannot undo a
surname's case (Snowball makes "Лавров" "лавр" but "Лаврова" "лавров"); pymorphy3's
dictionary knows surnames, first names and patronymics and inflects them back keeping their
gender ("Захаровой" is "Захарова", not "Захаров"), so names are read with it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from store.quotes.ru.names import analyser

if TYPE_CHECKING:
    import pymorphy3

_PERSON = frozenset({"Surn", "Name", "Patr"})
MAX_READINGS = 6  # nominative readings of a name tried, the likeliest first


def _analyzer() -> pymorphy3.MorphAnalyzer:
    # The extractor's one analyser: its dictionaries (~0.2 s to load) are loaded once per
    # process, and only when Russian is first read or asked.
    return analyser()


def nominative_names(name: str) -> list[str]:
    """The nominative readings of a name or role, likeliest first (the name itself if no word
    changes): names are inflected whole, a role up to its head noun ("главы МИД" ->
    "глава МИД"), the genitive words after it kept ("министра иностранных дел")."""
    parts = name.split()
    if not parts or len(parts) > 8:
        return [name] if parts else []
    options: list[list[str]] = []
    head_seen = False
    for part in parts:
        forms, is_head = _word_forms(part, inflect=not head_seen)
        head_seen = head_seen or is_head
        options.append(forms)
    readings = [" ".join(words) for words in itertools.product(*options)]
    return list(dict.fromkeys(readings))[:MAX_READINGS]


@lru_cache(maxsize=4096)
def _word_forms(word: str, *, inflect: bool) -> tuple[list[str], bool]:
    """A word's nominative forms (itself last if it changes) and whether it is a noun that
    heads a role; a person's name is always read as nominative."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in word):
        return [word], False
    forms: list[str] = []
    is_head = False
    for parse in _analyzer().parse(word):
        person = bool(_PERSON & parse.tag.grammemes)
        if not person and not inflect:
            continue
        if parse.tag.POS == "NOUN" and not person:
            is_head = True
        target = {"nomn", "sing"} if "sing" in parse.tag.grammemes else {"nomn"}
        nominative = parse.inflect(target)
        if nominative is not None:
            forms.append(_like(word, nominative.word, person=person))
    forms.append(word)
    return list(dict.fromkeys(forms)), is_head


def _like(asked: str, form: str, *, person: bool) -> str:
    """form written as the word was asked (a name with its capital, МИД in capitals)."""
    if asked.isupper() and len(asked) > 1:
        return form.upper()
    if person or asked[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def by_gender(readings: Sequence[str], gender: str | None, *, exclusive: bool = True) -> list[str]:
    """The readings of a name that the gender does not contradict, those whose last word is
    a name of this gender first (the order kept otherwise): "что сказала Петрова" means
    Петрова and never Петров, whose words a woman's name must not be given."""
    if gender is None:
        return list(readings)
    # A gender only read off the name's own form ("Лаврова") sorts; it cannot exclude.
    kept = [r for r in readings if not exclusive or name_gender(r) in (gender, None)]
    return sorted(kept, key=lambda reading: name_gender(reading) != gender)


@lru_cache(maxsize=4096)
def name_gender(reading: str) -> str | None:
    """The gender of a nominative name's last word ("Петрова" "femn"), None if no reading of
    it as a nominative surname or first name tells one."""
    words = reading.split()
    if not words:
        return None
    for parse in _analyzer().parse(words[-1]):
        grammemes = parse.tag.grammemes
        if "nomn" in grammemes and _PERSON & grammemes and parse.tag.gender:
            return str(parse.tag.gender)
    return None
