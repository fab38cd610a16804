"""The plain words' shortcut (store/quotes/ru/plain_words.py) changes no reader's answer."""

from __future__ import annotations

import pytest

from store.quotes.ru import cues, names, plain_words
from store.quotes.ru.cues import forget_words

LETTERLESS = ("-", "--", "2024", "1-2", "_", "12_3", "1990-х"[:4])


def _forms() -> list[str]:
    words = sorted(plain_words.PLAIN_WORDS)
    forms = {f for w in words for f in (w, w.capitalize(), w.upper())}
    return sorted(f for f in forms if len(f) > 1 or f.islower()) + list(LETTERLESS)


def _answers(word: str) -> tuple[object, ...]:
    forget_words()
    return (
        cues.is_head(word),
        cues._is_body(word),
        cues._complement(word),
        cues._adjective(word),
        names.surname_readings(word),
        names.surname_readings(word, ("nomn",)),
        *(tuple(names._fits(word, kind)) for kind in ("Name", "Patr", "Surn")),
    )


@pytest.mark.parametrize("word", _forms())
def test_a_plain_word_gets_the_answers_its_readings_give(
    word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert plain_words.plain(word)
    shortcut = _answers(word)
    monkeypatch.setattr(plain_words, "plain", lambda _word: False)
    assert _answers(word) == shortcut
    forget_words()


@pytest.mark.parametrize(
    "word", ["Лавров", "министр", "России", "МИД", "Эко-2", "В", "С", "И", "Я", "Ли", "По"]
)
def test_words_of_names_and_roles_are_not_plain(word: str) -> None:
    assert not plain_words.plain(word)


def _role_answers(word: str) -> tuple[bool, ...]:
    forget_words()
    return (cues.is_head(word), cues._is_body(word), cues._complement(word), cues._adjective(word))


@pytest.mark.parametrize(
    "word", sorted({f for w in cues._CUE_FORMS for f in (w, w.capitalize(), w.upper())})
)
def test_a_cue_form_gets_the_role_answers_its_readings_give(
    word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cues._plain(word)
    shortcut = _role_answers(word)
    monkeypatch.setattr(cues, "_plain", lambda _word: False)
    assert _role_answers(word) == shortcut
    forget_words()
