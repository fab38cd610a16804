"""Russian names and roles in any grammatical case, reduced to the nominative.

"Сергею Лаврову", "Лавровым" and "Сергей Лавров" are one man: pymorphy3 (with its OpenCorpora
dictionary) tells a first name (Name), patronymic (Patr) and surname (Surn) with their case
and gender, and inflects them back to the nominative. The analyser costs ~100 ms to build:
it is made once, on first use, and each word's parses are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING

from store.quotes.ru import plain_words

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse

_ANALYSER: list[MorphAnalyzer] = []  # the one analyser, built on first use

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
GENDERS = ("masc", "femn")
# A word that can be part of a name: a capital, then letters (hyphenated: "Римский-Корсаков").
NAME_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
PARSE_CACHE = 100_000


def analyser() -> MorphAnalyzer:
    """The process's pymorphy3 analyser, built the first time it is asked for."""
    if not _ANALYSER:
        from pymorphy3 import MorphAnalyzer

        _ANALYSER.append(MorphAnalyzer(lang="ru"))
    return _ANALYSER[0]


@lru_cache(maxsize=PARSE_CACHE)
def parses(word: str) -> tuple[Parse, ...]:
    """Every reading pymorphy3 gives a word, likeliest first (cached: agency copy repeats)."""
    return tuple(analyser().parse(word))


@lru_cache(maxsize=PARSE_CACHE)
def lemma(word: str) -> str:
    """The word's dictionary form, lower case ("министра" → "министр")."""
    found = parses(word)
    return found[0].normal_form if found else word.lower()


def forget_parses() -> None:
    """Empty the caches of word readings (a benchmark's cold start; memory is bounded anyway)."""
    for cached in (
        parses,
        lemma,
        read_name,
        _fits,
        surname_readings,
        _nominative_role,
        _nominative,
    ):
        cached.cache_clear()


@dataclass(frozen=True)
class NameReading:
    """A person's name as read in one place: nominative, surname, gender and case there."""

    name: str  # "Сергей Лавров"
    surname: str  # "Лавров"
    gender: str | None  # "masc", "femn", or None when the words do not tell
    case: str  # the case the name stands in where it was read


@lru_cache(maxsize=PARSE_CACHE)
def _fits(word: str, kind: str) -> dict[tuple[str, str], Parse]:
    """The word's likeliest reading as a name part of that kind, by (case, gender)."""
    fits: dict[tuple[str, str], Parse] = {}
    if plain_words.plain(word):
        return fits  # no name part (plain_words.py): not parsed to learn it
    for parse in parses(word):
        tag = parse.tag
        grammemes = tag.grammemes  # sets, not `in tag`: that checks each grammeme is known
        if kind not in grammemes or "plur" in grammemes:
            continue
        # An indeclinable surname (Шойгу, Fixd) stands in every case, for either sex.
        cases = CASES if "Fixd" in grammemes else (str(tag.case),)
        genders = GENDERS if "ms-f" in grammemes else tuple(g for g in GENDERS if g in grammemes)
        for key in product(cases, genders):
            fits.setdefault(key, parse)
    return fits


@lru_cache(maxsize=PARSE_CACHE)
def _nominative(parse: Parse, written: str) -> str:
    # Cached by the reading and the word: a name part's reading recurs in the runs it stands
    # in ("Сергея Лаврова", "Лаврова"), and each inflection costs tens of microseconds.
    grammemes = parse.tag.grammemes
    if "Fixd" in grammemes or "nomn" in grammemes:
        return written
    inflected = parse.inflect({"nomn"})
    if inflected is None:
        return written
    return "-".join(part.capitalize() for part in inflected.word.split("-"))


def _shapes(count: int) -> tuple[tuple[str, ...], ...]:
    """Which name parts a run of words may be: first name, patronymic, surname."""
    return {
        1: (("Surn",),),
        2: (("Name", "Surn"),),
        3: (("Name", "Patr", "Surn"),),
    }.get(count, ())


# A surname the dictionary does not know (Трутнев, Кожемяко) is inflected by its ending:
# (gender, case) -> (written ending, nominative ending), longest endings first.
_ENDINGS = {
    ("masc", "gent"): (("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"),
                       ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    ("masc", "datv"): (("скому", "ский"), ("цкому", "цкий"), ("ову", "ов"), ("еву", "ев"),
                       ("ёву", "ёв"), ("ину", "ин"), ("ыну", "ын")),
    ("masc", "ablt"): (("ским", "ский"), ("цким", "цкий"), ("овым", "ов"), ("евым", "ев"),
                       ("ёвым", "ёв"), ("иным", "ин"), ("ыным", "ын")),
    ("masc", "loct"): (("ском", "ский"), ("цком", "цкий"), ("ове", "ов"), ("еве", "ев"),
                       ("ине", "ин"), ("ыне", "ын")),
    ("femn", "gent"): (("ской", "ская"), ("цкой", "цкая"), ("овой", "ова"), ("евой", "ева"),
                       ("иной", "ина"), ("ыной", "ына")),
    ("femn", "accs"): (("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"), ("еву", "ева"),
                       ("ину", "ина"), ("ыну", "ына")),
}  # fmt: skip
# A foreign surname ending in a consonant (Макрон, Шольц) declines as a noun does.
_CONSONANT = {"gent": "а", "accs": "а", "datv": "у", "ablt": "ом", "loct": "е"}
for (_sex, _case), _endings in list(_ENDINGS.items()):
    if _sex == "masc" and _case in _CONSONANT:
        _ENDINGS[(_sex, _case)] = (*_endings, (_CONSONANT[_case], ""))
_ENDINGS[("masc", "accs")] = _ENDINGS[("masc", "gent")]
for _case in ("datv", "ablt", "loct"):
    _ENDINGS[("femn", _case)] = _ENDINGS[("femn", "gent")]
GUESSED = 0.05  # how much less likely a guessed surname reading is than a known one


def guess_surname(word: str, gender: str, case: str) -> str:
    """The nominative of a surname the dictionary lacks, by its ending (else as written)."""
    if case == "nomn":
        return word
    for written, nominative in _ENDINGS.get((gender, case), ()):
        if word.endswith(written) and len(word) > len(written) + 1:
            return word[: -len(written)] + nominative
    return word


def knows_surname(word: str) -> bool:
    """True when the dictionary reads the word as a surname."""
    return any("Surn" in p.tag.grammemes for p in parses(word))


@lru_cache(maxsize=PARSE_CACHE)
def read_name(words: tuple[str, ...]) -> NameReading | None:
    """The person a run of one to three capitalised words names, if it is a name.

    The parts must agree in case and gender ("Марии Захаровой": feminine genitive); of the
    readings that agree, the likeliest by pymorphy3's scores wins.
    """
    best: tuple[float, NameReading] | None = None
    for shape in _shapes(len(words)):
        options = [_fits(word, kind) for word, kind in zip(words, shape, strict=True)]
        agreed = set(options[0]).intersection(*options[1:])  # most runs are no name at all
        if not agreed:
            continue
        for case, gender in product(CASES, GENDERS):
            if (case, gender) not in agreed:
                continue
            chosen = [fits[(case, gender)] for fits in options]
            score = 1.0
            for parse in chosen:
                score *= parse.score
            if best is None or score > best[0]:
                nominative = [_nominative(p, w) for p, w in zip(chosen, words, strict=True)]
                fixed = all("Fixd" in p.tag.grammemes for p in chosen)
                sex = None if fixed else gender
                best = (score, NameReading(" ".join(nominative), nominative[-1], sex, case))
    if best is None and len(words) > 1:
        return _with_guessed_surname(words)
    return best[1] if best else None


def _with_guessed_surname(words: tuple[str, ...]) -> NameReading | None:
    """A first name (and patronymic) the dictionary knows, then a surname it does not."""
    if knows_surname(words[-1]):
        return None  # a surname it knows that did not agree: not one person's name
    shape = _shapes(len(words))[0]
    options = [_fits(word, kind) for word, kind in zip(words[:-1], shape[:-1], strict=True)]
    for case, gender in product(CASES, GENDERS):
        if all((case, gender) in fits for fits in options):
            chosen = [fits[(case, gender)] for fits in options]
            given = [_nominative(p, w) for p, w in zip(chosen, words, strict=False)]
            surname = guess_surname(words[-1], gender, case)
            return NameReading(" ".join([*given, surname]), surname, gender, case)
    return None


@lru_cache(maxsize=PARSE_CACHE)
def surname_readings(word: str, cases: tuple[str, ...] = CASES) -> tuple[tuple[str, str], ...]:
    """surname_forms as sorted (gender, nominative) pairs, cached: a mention reads every
    capitalised word as a possible surname, and agency copy repeats its names."""
    return tuple(sorted(surname_forms(word, cases).items()))


def surname_forms(word: str, cases: tuple[str, ...] = CASES) -> dict[str, str]:
    """The nominative surname a written surname can stand for, by gender.

    "Лаврова" is Лавров's genitive or a woman's nominative: {"masc": "Лавров", "femn":
    "Лаврова"}; which one is meant is for the cue's gender and the people named before.
    """
    forms: dict[str, str] = {}
    if plain_words.plain(word):
        return forms
    for parse in parses(word):
        tag = parse.tag
        grammemes = tag.grammemes
        if "Surn" not in grammemes or "plur" in grammemes:
            continue
        if "Fixd" not in grammemes and tag.case not in cases:
            continue
        nominative = _nominative(parse, word)
        genders = tuple(g for g in GENDERS if g in grammemes) or GENDERS  # ms-f: either
        for gender in genders:
            forms.setdefault(str(gender), nominative)
    return forms


def nominative_phrase(words: list[str]) -> str:
    """A role in the nominative: its words up to the head noun inflected, the rest kept.

    "официального представителя МИД РФ" → "официальный представитель МИД РФ": the head and
    the adjectives before it agree with the case; what follows is a genitive complement.
    """
    return _nominative_role(tuple(words))


@lru_cache(maxsize=PARSE_CACHE)
def _nominative_role(phrase: tuple[str, ...]) -> str:
    # Cached by the words: the same roles ("глава МИД РФ") recur in every article.
    words = list(phrase)
    # The head stands before the place or the area a role is held in: "уполномоченного по
    # правам человека" is an adjective's, not "правам"'s.
    stop = next((at for at, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
    head_at = next(
        (at for at, w in enumerate(words[:stop]) if not w.isupper() and _noun(w) is not None), None
    )
    if head_at is None:
        return _nominative_adjective(words, stop)
    head = _noun(words[head_at])
    assert head is not None
    if "nomn" in head.tag.grammemes:
        return " ".join(words)
    number = head.tag.number or "sing"
    out = [_inflected(head, {"nomn", number}, words[head_at])]
    for word in reversed(words[:head_at]):
        adjective = next((p for p in parses(word) if "ADJF" in p.tag.grammemes), None)
        wanted = {"nomn", number} | ({str(head.tag.gender)} if number == "sing" else set())
        out.insert(0, _inflected(adjective, wanted, word) if adjective else word)
    return " ".join(out + words[head_at + 1 :])


_ROLE_PREPOSITIONS = frozenset({"в", "во", "на", "при", "по"})


def _nominative_adjective(words: list[str], stop: int) -> str:
    """A role whose head is an adjective used as a noun ("уполномоченного по …" →
    "уполномоченный по …"), in the nominative of its own gender; else as written."""
    if stop == 0 or stop == len(words):
        return " ".join(words)
    found = parses(words[stop - 1])
    adjective = next((p for p in found if "ADJF" in p.tag.grammemes), None)
    if adjective is None or "nomn" in adjective.tag.grammemes:
        return " ".join(words)
    wanted = {"nomn", "sing"} | ({str(adjective.tag.gender)} if adjective.tag.gender else set())
    return " ".join(
        [*words[: stop - 1], _inflected(adjective, wanted, words[stop - 1]), *words[stop:]]
    )


def _noun(word: str) -> Parse | None:
    """The word's noun reading, when a noun is what it likeliest is ("первого" is no noun)."""
    found = parses(word)
    if not found or "NOUN" not in found[0].tag.grammemes:
        return None
    return next((p for p in found if "NOUN" in p.tag.grammemes and p.tag.case), None)


def _inflected(parse: Parse | None, grammemes: set[str], written: str) -> str:
    inflected = parse.inflect(grammemes) if parse is not None else None
    if inflected is None:
        return written
    word: str = inflected.word
    return word[:1].upper() + word[1:] if written[:1].isupper() else word
