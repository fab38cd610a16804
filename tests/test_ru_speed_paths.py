"""The shortcuts Russian ingest was sped up with give what the plain path gives: a cached
mention read at another offset, the stems of a group stemmed a distinct word at a time.
(scripts/extraction_digest_ru.py checks whole articles.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from store.quotes.ru import cues
from store.quotes.ru.cues import forget_words, read_mention
from store.quotes.ru.names import CASES
from store.search.stems import _stemmed_texts, stemmed_text

PHRASES = [
    "министр иностранных дел России Сергей Лавров",  # a role and a full name
    "Сергея Лаврова",  # a name in another case
    "глава МИД РФ",  # a description
    "он",  # a pronoun
    "в пресс-службе Кремля",  # a body
    "Макрон",  # a lone capitalised word
    "журналистам",  # nobody
]


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("cases", [CASES, ("nomn",), ("accs", "gent")])
def test_a_mention_read_again_or_elsewhere_is_the_first_reading_moved(
    phrase: str, cases: tuple[str, ...]
) -> None:
    forget_words()
    fresh = read_mention(phrase, 0, cases)
    forget_words()
    at_offset = read_mention(phrase, 17, cases)  # read first at an offset, then from the cache
    again = read_mention(phrase, 0, cases)
    assert again == fresh
    if fresh is None:
        assert at_offset is None
    else:
        assert at_offset == replace(fresh, start=fresh.start + 17, end=fresh.end + 17)


def test_forgetting_words_empties_the_mention_cache() -> None:
    read_mention("заявил Сергей Лавров", 0, ("nomn",))
    forget_words()  # the benchmark's cold start: no mention may be remembered
    assert cues._mention.cache_info().currsize == 0


@pytest.mark.parametrize(
    "texts",
    [
        ["Посольства закрыты.", "Посольство откроется, посольства нет."],  # words repeated
        ["Ёлка и елка", "ЁЛКА"],  # ё read as е, in either case
        ["", "МИД России и NATO 2024"],  # an empty row; Latin letters and digits
        ["один", "один", "один"],  # one word in every row
    ],
)
def test_a_group_is_stemmed_as_each_row_alone(texts: list[str]) -> None:
    assert _stemmed_texts(texts) == [stemmed_text(text) for text in texts]
