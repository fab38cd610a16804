"""A Russian article's Cyrillic rows are in the stemmed index alone, not in the English FTS
indexes nor their term counts (migration m013): English answers, Russian answers, follows
and the migration of an older store all stay right."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from handlers.records import Answer
from store.articles import replace_attribution
from store.db import open_db
from store.ingest.batch import reextract_quotes, store_article
from store.live.common_words import common_follow
from store.live.follows import add_follow, claim_delivery, pending_deliveries, queue_deliveries
from store.migrations import migrations
from store.models import Article, Attribution
from store.search.stems import english_indexed, stems
from store.search.terms import rebuild_terms
from store.search.tokens import words
from tests.corpus import build_corpus
from tests.russian_store import add_russian, store_before_languages

CHAT = 77

RUSSIAN = Article(
    title="Порт Тессель открылся после ремонта",
    paragraphs=(
        "«Мы открыли порт и причал в срок», — сказал капитан Иван Петров.",
        "Об этом сообщает портал Harbourwatch.",
        "Harbourwatch Daily",  # a Russian article's row with no Cyrillic: never stemmed
    ),
    url="https://example.ru/port",
    language="ru",
)
ENGLISH = Article(
    title="Port reopens",
    paragraphs=(
        "“We reopened the port,” said captain John Smith.",
        "Locals call the pier «причал», a Russian word.",  # English, with a Cyrillic word
    ),
    url="https://news.example/port",
)


def english_index_terms(db: Database, table: str) -> Counter[str]:
    """Each term of the English index, by how many rows hold it."""
    rows = db.execute(f"SELECT term, doc FROM {table}_fts_vocab")
    return Counter({str(term): int(doc) for term, doc in rows})


def expected_terms(db: Database, table: str) -> Counter[str]:
    """What the English index should hold: the words of the rows flagged for it."""
    rows = db.execute(f"SELECT text FROM {table} WHERE in_english_index")
    return Counter(word for (text,) in rows for word in set(words(text)))


def counted_terms(db: Database, table: str) -> Counter[str]:
    rows = db.execute("SELECT term, df FROM search_terms WHERE tbl = ?", [table])
    return Counter({str(term): int(df) for term, df in rows})


def assert_indexes_in_step(db: Database) -> None:
    for table in ("paragraphs", "quotes"):
        assert english_index_terms(db, table) == expected_terms(db, table)
        assert counted_terms(db, table) == expected_terms(db, table)


def english_hits(db: Database, word: str) -> list[str]:
    sql = (
        "SELECT p.text FROM paragraphs_fts f JOIN paragraphs p ON p.id = f.rowid "
        "WHERE paragraphs_fts MATCH ? ORDER BY p.id"
    )
    return [str(text) for (text,) in db.execute(sql, [f'"{word}"'])]


@pytest.mark.parametrize(
    ("language", "text", "indexed"),
    [
        ("ru", "«Мы открыли порт», — сказал он.", False),
        ("ru", "Об этом сообщает Harbourwatch.", False),  # Cyrillic with a Latin word
        ("ru", "Harbourwatch Daily", True),  # no Cyrillic: the stemmed index never has it
        ("en", "Locals call the pier «причал».", True),  # an English article's row, as ever
        ("en", "We reopened the port.", True),
        ("ru", "ҐҒ Ӂ", True),  # Cyrillic past U+047F only: not stemmed (m011), so English
    ],
)
def test_which_rows_the_english_index_holds(language: str, text: str, indexed: bool) -> None:
    assert english_indexed(language, text) is indexed


def test_a_russian_articles_cyrillic_rows_are_in_the_stemmed_index_alone(
    fresh_db: Database,
) -> None:
    store_article(fresh_db, ENGLISH)
    store_article(fresh_db, RUSSIAN)
    assert english_hits(fresh_db, "причал") == ["Locals call the pier «причал», a Russian word."]
    assert english_hits(fresh_db, "harbourwatch") == ["Harbourwatch Daily"]
    stemmed = fresh_db.execute(
        "SELECT count(*) FROM paragraphs_ru_fts WHERE paragraphs_ru_fts MATCH ?", stems("причал")
    ).fetchone()[0]
    assert stemmed == 2  # the Russian paragraph and the English one with the word
    assert "причал" not in counted_terms(fresh_db, "quotes")
    assert_indexes_in_step(fresh_db)


def test_a_russian_article_updated_and_reextracted_keeps_the_indexes_in_step(
    fresh_db: Database,
) -> None:
    store_article(fresh_db, ENGLISH)
    saved = store_article(fresh_db, RUSSIAN)
    changed = (*RUSSIAN.paragraphs[:1], "Ремонт «занял год», — добавил он.")
    store_article(fresh_db, replace(RUSSIAN, paragraphs=changed))
    replace_attribution(fresh_db, saved.article_id, Attribution(quotes=(), speakers=()))
    # Deleted rows are not taken out of search_terms (store.search.terms): a rebuild is.
    rebuild_terms(fresh_db)
    assert_indexes_in_step(fresh_db)
    fresh_db.execute("DELETE FROM articles")
    rebuild_terms(fresh_db)
    assert english_index_terms(fresh_db, "paragraphs") == Counter()
    assert english_index_terms(fresh_db, "quotes") == Counter()


def gist(answer: Answer) -> tuple[object, ...]:
    """What an answer says, whatever the articles' ids."""
    hits = tuple(
        (hit.snippet, hit.speaker, hit.quote, hit.article.title, round(hit.score, 6))
        for hit in answer.hits
    )
    return (answer.kind, answer.lead, hits)


QUESTIONS = [
    "who said we don't have embassies now?",
    "what did Lavrov say about Georgia?",
    "/search wheat harvest",
    "/quote Lavrov",
    "who said the ball is in their court",
    "кто сказал, что посольств у нас нет",
    "что сказал Лавров о посольствах?",
    "/search урожай пшеницы",
    "/quote Захарова",
    "что говорила Захарова о визовом режиме",
]


@pytest.fixture(scope="module")
def stores() -> tuple[Database, Database]:
    """The English corpus and the Russian articles as stored now, and as they were before
    m013: every row in the English indexes too, their terms counted."""
    mixed = add_russian(build_corpus(open_db(":memory:")))
    copy = sqlite3.connect(":memory:")
    mixed.conn.backup(copy)
    doubled = Database(copy)
    for table in ("paragraphs", "quotes"):
        moved = doubled.execute(
            f"UPDATE {table} SET in_english_index = 1 WHERE NOT in_english_index"
        )
        assert moved.rowcount > 0
    rebuild_terms(doubled)
    return mixed, doubled


@pytest.mark.parametrize("question", QUESTIONS)
def test_answers_are_those_of_the_store_indexing_russian_rows_twice(
    stores: tuple[Database, Database], question: str
) -> None:
    mixed, doubled = stores
    answer = answer_question(mixed, question)
    assert answer.hits  # each question finds something
    assert gist(answer) == gist(answer_question(doubled, question))


def test_a_latin_word_follow_matches_a_russian_article(fresh_db: Database) -> None:
    assert add_follow(fresh_db, CHAT, "Harbourwatch") is not None
    store_article(fresh_db, RUSSIAN)
    store_article(fresh_db, ENGLISH)  # no such word: no notification
    assert queue_deliveries(fresh_db) == 1
    [(chat_id, article_id)] = pending_deliveries(fresh_db)
    note = claim_delivery(fresh_db, chat_id, article_id)
    assert note is not None and note.title == RUSSIAN.title
    # Both paragraphs, the stemmed one and the one in the English index, in their order.
    assert [s.text for s in note.snippets] == list(RUSSIAN.paragraphs[1:])


def test_a_latin_word_in_every_russian_article_is_common(fresh_db: Database) -> None:
    for number in range(25):
        paragraph = f"Об этом сообщает портал Harbourwatch, выпуск {number}."
        store_article(fresh_db, Article(title=f"Новость {number}", paragraphs=(paragraph,)))
    share = common_follow(fresh_db, "Harbourwatch")
    assert share is not None and share.articles == 25


# --- a store made before m013 ---------------------------------------------------------------


def old_store(path: Path) -> None:
    """A store as m012 left it: rows in both indexes, the English terms counted."""
    old = Database(str(path))
    migrations.apply(old, stop_before="m013_english_index_without_russian")
    for title, language, paragraph, quote in [
        ("Port reopens", "en", "“We reopened the port,” said John Smith.", "We reopened the port"),
        ("Порт открылся", "ru", "«Мы открыли порт», — сказал Иван Петров.", "Мы открыли порт"),
        ("Harbourwatch", "ru", "Harbourwatch Daily", None),
    ]:
        article_id = (
            old.table("articles")
            .insert(
                {"title": title, "content_hash": title, "ingested_at": "x", "language": language}
            )
            .last_pk
        )
        paragraph_id = (
            old.table("paragraphs")
            .insert({"article_id": article_id, "position": 0, "text": paragraph})
            .last_pk
        )
        if quote:
            old.table("quotes").insert(
                {
                    "article_id": article_id,
                    "paragraph_id": paragraph_id,
                    "position": 0,
                    "text": quote,
                    "speaker": "x",
                    "kind": "direct",
                }
            )
    for table in ("paragraphs", "quotes"):  # as the old writers' fold left them
        old.execute(f"INSERT INTO search_terms SELECT '{table}', term, doc FROM {table}_fts_vocab")
        old.execute(
            f"INSERT INTO search_terms_state VALUES ('{table}', (SELECT max(id) FROM {table}))"
        )
    assert "открыли" in english_index_terms(old, "paragraphs")
    old.conn.commit()
    old.close()


def test_an_older_store_takes_russian_rows_out_of_the_english_indexes(tmp_path: Path) -> None:
    old_store(tmp_path / "old.db")
    db = open_db(tmp_path / "old.db")
    flags = db.execute("SELECT text, in_english_index FROM paragraphs ORDER BY id").fetchall()
    assert [flag for _, flag in flags] == [1, 0, 1]
    assert "открыли" not in english_index_terms(db, "paragraphs")
    assert "открыли" not in english_index_terms(db, "quotes")
    assert_indexes_in_step(db)
    # Both languages still answer, each from its own index.
    assert answer_question(db, "who said we reopened the port").hits
    assert answer_question(db, "кто сказал, что мы открыли порт").hits
    # The rows leave the index as they went in: deleting them corrupts nothing.
    db.execute("DELETE FROM articles")
    assert english_index_terms(db, "paragraphs") == Counter()


def test_reindexing_an_article_stored_as_english_moves_its_rows_out(tmp_path: Path) -> None:
    db = open_db(store_before_languages(tmp_path / "old.db"))
    assert "ответ" in english_index_terms(db, "paragraphs")  # labelled English: indexed so
    assert reextract_quotes(db) == 1
    assert english_index_terms(db, "paragraphs") == Counter()
    assert_indexes_in_step(db)
