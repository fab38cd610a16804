"""The scanning helpers that parsing and Russian extraction were sped up in: each pinned at its
edges (what they return did not change; tests/../scripts/extraction_digest_ru.py checks whole
articles)."""

from __future__ import annotations

import pytest

from store.ingest.text import clean_line
from store.quotes.ru.cues import ROLE_HEADS, forget_words, is_head
from store.quotes.ru.events import clause_start
from store.quotes.ru.layout import RUSSIAN_CREDIT, is_credit
from store.quotes.ru.names import lemma, parses


@pytest.mark.parametrize(
    ("text", "at", "start"),
    [
        ("Лавров заявил", 7, 0),  # no mark before: the text's start
        ("Итак. Лавров заявил", 13, 5),  # after the sentence's end
        ("Итак: «Да». Лавров\nзаявил", 19, 11),  # the last mark wins; a newline is no mark
        ("Итак. Лавров заявил", 5, 5),  # a mark right before the point
        ("Итак. Лавров заявил", 4, 0),  # the mark at the point itself is not before it
    ],
)
def test_a_clause_starts_after_the_last_mark_before_the_point(
    text: str, at: int, start: int
) -> None:
    assert clause_start(text, at) == start


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("Лавров заявил", "Лавров заявил"),  # single spaces stay
        ("Лавров  заявил", "Лавров заявил"),
        ("Лавров\u00a0заявил", "Лавров заявил"),  # one space that is not a plain one
        ("Лавров \t\u2009 заявил", "Лавров заявил"),  # a mixed run is one space
        ("  Лавров заявил\u202f", "Лавров заявил"),
        ("Лав\u200eров\x07 заявил", "Лавров заявил"),  # controls dropped
        ("Е\u0308лка", "Ёлка"),  # NFC
    ],
)
def test_clean_line_folds_every_run_of_spaces_to_one(line: str, clean: str) -> None:
    assert clean_line(line) == clean


@pytest.mark.parametrize(
    "word",
    [
        "министра",
        "Министром",
        "ГЛАВЫ",
        "Главе",
        "вице-премьера",
        "учёного",
        "ученого",
        "послом",
        "Лавров",
        "заявил",
        "поумнее",
        "наилучший",
        "ёлка",
        "МИД",
        "Е",
    ],
)
def test_is_head_is_a_role_heads_lemma(word: str) -> None:
    assert is_head(word) == (lemma(word) in ROLE_HEADS)


def test_a_word_that_opens_unlike_every_head_is_not_parsed() -> None:
    forget_words()
    assert not is_head("Лаврова")
    assert parses.cache_info().currsize == 0
    assert is_head("министра")
    assert parses.cache_info().currsize == 1


@pytest.mark.parametrize(
    "line",
    [
        "© Фото: Иван Петров/ТАСС",
        "Фото: РИА Новости",
        "фото Ивана Петрова",
        "Источник : сайт",
        "Иван Петров/ТАСС",
        "Иван Петров /ТАСС",
        "/ТАСС",
        "а/б/ТАСС",
        "Иван/ТАСС, Петр/РИА",
        "Иван/ТАСС/",
        "Иван/тасс",
        "Иван/ТАСС\n",
        "Иван/ТАСС\nещё",
        "Иван\u00a0/ТАСС",
        "Иван/T",
        "Министр заявил, что/ТАСС",
        "Лавров заявил это журналистам.",
        "",
        "/",
        "a/Б-в г",
    ],
)
def test_is_credit_reads_as_the_credit_pattern_does(line: str) -> None:
    assert is_credit(line) == (RUSSIAN_CREDIT.search(line) is not None)
