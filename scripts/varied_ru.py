"""Invented Russian articles without end: the fixtures (tests/fixtures/ru) with other people
and other words, for measuring a long run the way a news stream feeds it.

A long run of real copy keeps bringing words a process has not read yet: new people, new
places, new things. Repeating the fixtures brings none after the first round, so the caches
of word readings look better than they ever are. Here every article is a fixture whose
names (first names, patronymics, surnames, in whatever case and gender they stand) and about
half of its other nouns and adjectives are swapped, per article, for words of pymorphy3's own
dictionary in the same case, number and gender. The words are drawn with a 1/rank law, as
news vocabulary is (a few recur in every article, most are rare), so a run reads new words
at a falling rate that never reaches zero. Speech verbs, roles' heads, bodies and the
fillers between a cue and its speaker are kept: every article has its fixture's quotes.

Not text to judge extraction on (its gold is the fixtures'); text to time it on.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from store.ingest.dates import RUSSIAN_MONTHS
from store.quotes.ru.cues import FILLERS, ORGANISATIONS, ROLE_HEADS
from store.quotes.ru.names import analyser

_WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
# Dictionary words opening with these make the pools (~0.1 s a prefix to list).
_PREFIXES = ("ка", "ма", "по")
_PERSON = ("Name", "Patr", "Surn")
_BY_LEMMA = ("Patr", "Surn")  # one lexeme holds both sexes' forms
# Words the layout and the cues read stay: dates ("14 марта" is how a dateline is told).
_KEPT = ROLE_HEADS | ORGANISATIONS | FILLERS | {w.lower() for w in RUSSIAN_MONTHS}
SWAP_SHARE = 0.5  # of the nouns and adjectives that are no name, role or body


@dataclass
class _Pools:
    """Dictionary lemmas by what they may replace: (kind, gender) -> words."""

    words: dict[tuple[str, str], list[Any]] = field(default_factory=dict)

    def add(self, key: tuple[str, str], parse: Any) -> None:
        self.words.setdefault(key, []).append(parse)


def _pools(chance: random.Random) -> _Pools:
    pools = _Pools()
    for prefix in _PREFIXES:
        for parse in analyser().iter_known_word_parses(prefix):
            tag = parse.tag
            grammemes = tag.grammemes
            if parse.word != parse.normal_form or "-" in parse.word or len(parse.word) < 4:
                continue
            if not {"nomn", "sing"} <= grammemes or "Fixd" in grammemes:
                continue
            person = next((k for k in _PERSON if k in grammemes), None)
            if person is not None:
                pools.add((person, str(tag.gender)), parse)
            elif "NOUN" in grammemes and "inan" in grammemes and not {"Geox", "Orgn", "Abbr",
                                                                       "Trad"} & grammemes:
                pools.add(("NOUN", str(tag.gender)), parse)
            elif "ADJF" in grammemes and "masc" in grammemes and "Qual" in grammemes:
                pools.add(("ADJF", ""), parse)
    for words in pools.words.values():
        words.sort(key=lambda p: p.word)  # the dictionary's order, then a seeded one
        chance.shuffle(words)
    return pools


def _kind(tag: Any, capital: bool) -> tuple[str, str] | None:
    """Which pool a word's reading draws its replacement from, if it is swapped at all."""
    grammemes = tag.grammemes
    person = next((k for k in _PERSON if k in grammemes), None)
    if person is not None:
        # A surname's or patronymic's lemma is the masculine one; the feminine is inflected
        # from it.
        return (person, "masc" if person in _BY_LEMMA else str(tag.gender)) if capital else None
    if capital or "Fixd" in grammemes:
        return None
    if "NOUN" in grammemes and "inan" in grammemes:
        return ("NOUN", str(tag.gender))
    if "ADJF" in grammemes:
        return ("ADJF", "")
    return None


def _wanted(tag: Any, kind: str) -> set[str]:
    """The grammemes the replacement takes from the word it replaces."""
    wanted = {str(tag.case), str(tag.number)}
    if kind in (*_BY_LEMMA, "ADJF") and tag.number == "sing":
        wanted.add(str(tag.gender))
    return {g for g in wanted if g != "None"}


class VariedArticles:
    """Articles made from the fixtures, each with words of its own (seeded: the same run
    gives the same articles)."""

    def __init__(self, fixtures: list[str], seed: int = 13) -> None:
        self.fixtures = fixtures
        self.chance = random.Random(seed)
        self.pools = _pools(self.chance)
        self.readings: dict[str, Any] = {}  # the fixtures' words, read once
        self.forms: dict[tuple[str, frozenset[str]], str | None] = {}

    def __iter__(self) -> Iterator[str]:
        at = 0
        while True:
            yield self.article(self.fixtures[at % len(self.fixtures)], at)
            at += 1

    def take(self, count: int) -> list[str]:
        made = iter(self)
        return [next(made) for _ in range(count)]

    def article(self, text: str, number: int) -> str:
        """The fixture with its own people and words; the headline numbered (no repeats)."""
        chosen: dict[tuple[str, str], Any] = {}  # one replacement per lemma in an article
        swapped = self._swapper(chosen)
        body = _WORD.sub(swapped, text)
        headline, _, rest = body.partition("\n")
        return f"{headline} ({number})\n{rest}"

    def _swapper(self, chosen: dict[tuple[str, str], Any]) -> Callable[[re.Match[str]], str]:
        def swap(match: re.Match[str]) -> str:
            word = match[0]
            parse = self._reading(word)
            capital = word[:1].isupper()
            kind = _kind(parse.tag, capital) if parse is not None else None
            if kind is None or word.isupper() or _KEPT & {parse.normal_form, word.lower()}:
                return word
            key = (kind[0], parse.normal_form)
            if key not in chosen:
                swap_it = kind[0] in _PERSON or self.chance.random() < SWAP_SHARE
                chosen[key] = self._draw(kind) if swap_it else None
            replacement = chosen[key]
            if replacement is None:
                return word
            form = self._form(replacement, _wanted(parse.tag, kind[0]))
            if form is None:
                return word
            return form[:1].upper() + form[1:] if capital else form

        return swap

    def _reading(self, word: str) -> Any:
        if word not in self.readings:
            found = analyser().parse(word)
            self.readings[word] = found[0] if found else None
        return self.readings[word]

    def _draw(self, kind: tuple[str, str]) -> Any:
        pool = self.pools.words.get(kind)
        if not pool:
            return None
        rank = int(len(pool) ** self.chance.random()) - 1  # 1/rank: a few often, most rarely
        return pool[rank]

    def _form(self, lemma: Any, wanted: set[str]) -> str | None:
        key = (lemma.word, frozenset(wanted))
        if key not in self.forms:
            inflected = lemma.inflect(wanted)
            self.forms[key] = inflected.word if inflected is not None else None
        return self.forms[key]
