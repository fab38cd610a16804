"""What a Russian verb of saying tells of its speaker, read in one place
(store/quotes/ru/verb_genders.py) for the extractor's cues and a question's verb."""

from __future__ import annotations

import pytest

from handlers.intent import parse
from store.quotes.ru.verb_genders import verb_gender


@pytest.mark.parametrize(
    ("verb", "told"),
    [
        # The extractor's cues: past, reflexive, present, a short adjective, with an object.
        ("сказал", "masc"), ("Сказала", "femn"), ("сказали", "plur"), ("сказало", "neut"),
        ("призналась", "femn"), ("признались", "plur"), ("считает", None),
        ("считают", "plur"), ("уверена", "femn"), ("выразила надежду", "femn"),
        # Citing someone tells nothing of who is cited, however many cite.
        ("цитирует", None), ("цитируют", None), ("приводит слова", None),
        # Past verbs no cue list holds, as a question may ask them: read off their ending.
        ("написала", "femn"), ("назвал", "masc"), ("думали", "plur"), ("произнёс", "masc"),
        ("произнесла", "femn"),
        ("", None),
    ],
)  # fmt: skip
def test_a_verb_of_saying_tells_its_speakers_gender_or_number(verb: str, told: str | None) -> None:
    assert verb_gender(verb) == told


@pytest.mark.parametrize(
    ("question", "gender"),
    [
        ("что сказала Петрова?", "femn"),
        ("что сказал Петров?", "masc"),
        ("что написала Петрова о льготах?", "femn"),
        ("что произнёс Петров?", "masc"),
        ("о чём говорила Петрова?", "femn"),
        # Only one speaker's gender is asked: several people, or a present verb, ask none.
        ("что сказали Петровы?", ""),
        ("что думает Петрова?", ""),
        ("цитаты Петровой", ""),
    ],
)
def test_a_questions_verb_says_whose_words_are_asked(question: str, gender: str) -> None:
    assert parse(question).gender == gender
