"""A small store of invented Russian agency articles (TASS, RIA, Interfax style) with their
speakers set through SQL, as in tests/corpus.py: for tests that read replies, not quote
extraction (tests/test_answers_ru.py, tests/test_replies_ru.py).
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from store.ingest.batch import store_article
from store.migrations import migrations
from store.models import Article
from tests.corpus import attribute

LAVROV_RU = ("Сергей Лавров", "министр иностранных дел России")
ZAKHAROVA = ("Мария Захарова", "официальный представитель МИД РФ")

RUSSIAN_ARTICLES = [
    (
        Article(
            title="Лавров: Москва ждёт от Тбилиси шагов к восстановлению отношений",
            source="ТАСС",
            published="2016-07-22",
            url="https://example.ru/tass/1",
            paragraphs=(
                "МОСКВА, 22 июля. /ТАСС/.",
                "«У нас сейчас нет посольств, а есть секции интересов», — сказал министр "
                "иностранных дел России Сергей Лавров.",
                "«Инициатива должна исходить от грузинской стороны, ведь не мы разорвали "
                "отношения», — подчеркнул глава МИД РФ.",
            ),
        ),
        (*LAVROV_RU, ["Лавров", "министр иностранных дел России", "глава МИД РФ", "глава МИД"]),
    ),
    (
        Article(
            title="Захарова прокомментировала слухи о закрытии посольства",
            source="РИА Новости",
            published="--07-23",
            url="https://example.ru/ria/2",
            paragraphs=(
                "«Мы не будем комментировать слухи о закрытии посольства в Тбилиси», — заявила "
                "официальный представитель МИД РФ Мария Захарова.",
                "«Переговоры о визовом режиме продолжатся осенью», — добавила она.",
            ),
        ),
        (*ZAKHAROVA, ["Захарова", "официальный представитель МИД РФ"]),
    ),
    (
        Article(
            title="В Минсельхозе ожидают рекордный урожай пшеницы",
            source="Интерфакс",
            published="2024-08-02",
            paragraphs=(
                "Урожай пшеницы в этом году может превысить прошлогодний, сообщили в "
                "министерстве сельского хозяйства.",
                "Аграрии южных регионов уже собрали больше половины зерновых.",
            ),
        ),
        None,
    ),
]


def add_russian(db: Database) -> Database:
    for article, speaker in RUSSIAN_ARTICLES:
        saved = store_article(db, article)
        if speaker:
            attribute(db, saved.article_id, *speaker)
    return db


def store_before_languages(path: Path) -> Path:
    """A store made before articles had a language (m010), holding one Russian article
    (stored then as English), closed: for migration and re-extraction tests."""
    old = Database(str(path))
    migrations.apply(old, stop_before="m010_article_language")  # no language: all "en"
    article_id = (
        old.table("articles")
        .insert({"title": "Захарова: ответ будет", "content_hash": "h", "ingested_at": "x"})
        .last_pk
    )
    old.table("paragraphs").insert(
        {"article_id": article_id, "position": 0, "text": "«Ответ будет», — заявила Захарова."}
    )
    old.conn.commit()
    old.close()
    return path
