"""Names spelt across scripts, as agencies romanise them (store/search/transliteration.py)."""

from __future__ import annotations

import pytest

from store.search.transliteration import to_cyrillic, to_latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Petrova", "Петрова"),
        ("Dmitry Sokolov", "Дмитрий Соколов"),
        ("Sergey Lavrov", "Сергей Лавров"),
        ("Maria", "Мария"),  # "-ia" at the end is "-ия"
        ("Diana", "Диана"),  # ... and only there
        ("Adriana", "Адриана"),
        ("Yevgeny Petrov", "Евгений Петров"),  # an opening "Ye" is "Е"
        ("Yelena", "Елена"),
    ],
)
def test_a_romanised_name_is_spelt_back_in_cyrillic(latin: str, cyrillic: str) -> None:
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("cyrillic", "latin"), [("Сергей Лавров", "Sergey Lavrov")])
def test_a_cyrillic_name_is_romanised(cyrillic: str, latin: str) -> None:
    assert to_latin(cyrillic) == latin
