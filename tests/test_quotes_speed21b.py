"""Shortcuts taken for speed return what the plain forms they replaced return.

Each test holds a rewritten pattern to its plain form, or a cheap gate to the searches it
spares (whatever those would match, the gate lets through), on invented phrases and on random
strings of the characters that matter.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from store.quotes.clause_speakers import _COMMA_BEFORE, _VERB_BEFORE
from store.quotes.common_words import _LOWER_WORD, DEMONYMS, lower_case_words, people_named
from store.quotes.namesake_policy import bearer_at
from store.quotes.owned_words import _CLAIM_CLAUSE, _CLAIMED, _OWNER_HINT

PLAIN_LOWER_WORD = re.compile(r"(?<![\w’'.-])[a-z][a-z’'-]*(?![\w’'-])")

PHRASES = [
    "the senator's aide said al-Assad and McCain met o'clock at dunmore.com today",
    "a well-known 'quote' and the mayor’s “plan”, said Kerr’s aide—then left.",
    "x y-z 'a b' -c .d e. f’ ’g h'",
]


def _random_texts(alphabet: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


@pytest.mark.parametrize("text", PHRASES)
def test_lower_word_matches_its_plain_form(text: str) -> None:
    assert _LOWER_WORD.findall(text) == PLAIN_LOWER_WORD.findall(text)


def test_lower_word_matches_its_plain_form_on_random_text() -> None:
    alphabet = ["a", "b", "Z", "'", "’", ".", "-", " ", "\n", "7", "é", "_"]
    for text in _random_texts(alphabet, 4000, seed=211):
        assert _LOWER_WORD.findall(text) == PLAIN_LOWER_WORD.findall(text), text


def test_lower_case_words_reads_the_paragraphs_as_apart() -> None:
    alphabet = ["a", "b", "Z", "'", "’", ".", "-", " ", "é"]
    texts = _random_texts(alphabet, 900, seed=212)
    for at in range(0, len(texts), 3):
        paragraphs = texts[at : at + 3]
        plain = {word for text in paragraphs for word in PLAIN_LOWER_WORD.findall(text)}
        assert lower_case_words(paragraphs) == frozenset(plain), paragraphs


def _plain_people_named(name: str) -> bool:
    last = name.split()[-1].casefold() if name.strip() else ""
    return last.endswith("s") and last in DEMONYMS


@pytest.mark.parametrize(
    "name",
    ["Young Latinos", "Many MEXICANS", "Mark Cuban", "Latinos ", "", " ", "Americanſ", "Straß"],
)
def test_people_named_matches_its_plain_form(name: str) -> None:
    assert people_named(name) == _plain_people_named(name)


def _plain_bearer_at(
    seen: Sequence[tuple[int, str]], bearers: Sequence[str], at: int
) -> str | None:
    latest: dict[str, int] = {}
    for seen_at, person in seen:
        if seen_at < at and person in bearers:
            latest[person] = max(seen_at, latest.get(person, seen_at))
    if latest:
        return max((b for b in bearers if b in latest), key=lambda b: latest[b])
    return bearers[0] if len(bearers) == 1 else None


def test_bearer_at_matches_its_plain_form() -> None:
    rng = random.Random(213)
    people = ["ada", "bo", "cy", "di"]
    for _ in range(2000):
        seen = [(rng.randint(0, 30), rng.choice(people)) for _ in range(rng.randint(0, 8))]
        bearers = rng.sample(people, rng.randint(1, 3))
        at = rng.randint(0, 32)
        assert bearer_at(seen, bearers, at) == _plain_bearer_at(seen, bearers, at)


def test_owner_hint_lets_through_every_claim() -> None:
    rng = random.Random(214)
    words = ["Kerr’s", "Ada Kerr's", "Kerrs’", "his", "Her", "This", "Kerr", "claim", "call"]
    words += ["that", "for", "of", "a", "the", "port", "was", "Monday"]
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 7))) + " " for _ in range(3000)]
    claims = 0
    for text in texts:
        for start in (0, 1, 3):
            claimed = _CLAIMED.search(text, start) or _CLAIM_CLAUSE.search(text, start)
            if claimed is not None:
                claims += 1
                assert _OWNER_HINT.search(text, start) is not None, (text, start)
    assert claims > 100  # the texts hold claims enough to test the hint on


def test_both_clause_shapes_stand_after_a_comma() -> None:
    alphabet = [",", " ", "said", "Dorn", ";", "a", "\n"]
    for text in [*_random_texts(alphabet, 4000, seed=215), ", said ", "Kerr, "]:
        if _VERB_BEFORE.search(text) or _COMMA_BEFORE.search(text):
            assert "," in text, text
