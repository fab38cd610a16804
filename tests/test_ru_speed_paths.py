"""The shortcuts Russian ingest was sped up with give what the plain path gives: a cached
mention read at another offset, the stems of a group stemmed a distinct word at a time.
(scripts/extraction_digest_ru.py checks whole articles.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from store.quotes.ru import cues
from store.quotes.ru.cues import ACCORDING_NOUNS, ACCORDING_TO, forget_words, read_mention
from store.quotes.ru.events import _LABEL, _LABEL_COLON
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


@pytest.mark.parametrize(
    ("text", "according", "label"),
    [
        ("По словам Лаврова, встреча прошла хорошо.", True, False),
        ("по его мнению, это ошибка", True, False),
        ("По оценке экспертов и по утверждению МИД, рост продолжится.", True, False),
        ("Захарова: «Мы ответим».", False, True),
        ("Итоги года. Песков:«Бюджет исполнен».", False, True),  # no space after the colon
        ("Лавров: \u201cМы готовы\u201d", False, True),
        ("Глава МИД: \"Да\"", False, True),
        ("Время: 12:30, встреча: завтра.", False, False),  # colons, no label
        ("Он сказал по-словацки: нет.", False, False),
        ("", False, False),
    ],
)
def test_a_paragraph_left_unscanned_has_no_match_to_lose(
    text: str, according: bool, label: bool
) -> None:
    # find_events scans for "по словам …" and "X: «…»" only in paragraphs that hold what
    # every match holds: whatever the patterns find, the cheap checks let through.
    assert (ACCORDING_TO.search(text) is not None) == according
    assert (_LABEL.search(text) is not None) == label
    if according:
        assert any(noun in text for noun in ACCORDING_NOUNS)
    if label:
        assert _LABEL_COLON.search(text)
