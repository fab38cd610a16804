"""Russian function words are stop words to a words follow: "/follow и" would match nearly
every Russian article, so it is refused even on a store too small to count words in
(store.live.common_words, store.search.stopwords_ru)."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.follows import follow_reply
from store.ingest.batch import store_article
from store.live.common_words import common_follow
from store.live.follows import follows_of
from store.models import Article

CHAT = 4343


def russian_article(number: int) -> Article:
    return Article(
        title=f"Порт Тессель{number} открылся",
        paragraphs=(f"«Мы открыли порт и причал в срок», — сказал капитан Иван Петров{number}.",),
        language="ru",
    )


@pytest.fixture
def tiny_store(fresh_db: Database) -> Database:
    for number in range(3):
        store_article(fresh_db, russian_article(number))
    return fresh_db


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("и", True),
        ("и в", True),
        ("И В НА", True),  # as typed, in any case
        ("всё это", True),  # "ё" read as "е", as the list has both
        ("что они", True),
        ("причал", False),  # in every one of 3 articles: too few to call it common
        ("и причал", False),  # a follow needs all its words: one topic word makes it rare
    ],
)
def test_russian_function_words_are_refused_on_a_tiny_store(
    tiny_store: Database, text: str, refused: bool
) -> None:
    share = common_follow(tiny_store, text)
    assert (share is not None and share.stopword) is refused
    follow_reply(tiny_store, CHAT, text)
    assert (follows_of(tiny_store, CHAT) == []) is refused
    tiny_store.execute("DELETE FROM follows")
