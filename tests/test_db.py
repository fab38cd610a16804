"""The store itself: migrations of an older database, WAL, stats."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from store.article_rows import ROWS_PER_INSERT
from store.articles import load_article, save_article
from store.db import CACHE_KIB, open_db
from store.ingest.batch import reextract_quotes, store_article
from store.ingest.seeds import ensure_seeded, seeds_dir
from store.migrations import migrations
from store.models import Article, Attribution, Quote, QuoteKind, Speaker
from store.stats import store_stats


def test_an_older_database_opens_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="m002_quotes_and_speakers")  # the first release's schema
    old.execute(
        "INSERT INTO articles (title, content_hash, ingested_at) VALUES ('Kept', 'h', '2024-01-01')"
    )
    old.conn.commit()
    old.close()
    db = open_db(path)
    tables = set(db.table_names())
    assert {"quotes", "speakers", "speaker_names", "quotes_fts"} <= tables
    assert db.execute("SELECT title FROM articles").fetchall() == [("Kept",)]
    assert migrations.pending(db) == []


def test_file_database_uses_wal(tmp_path: Path) -> None:
    db = open_db(tmp_path / "x.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_connection_caches_more_pages_than_sqlites_default(tmp_path: Path) -> None:
    db = open_db(tmp_path / "newsbot.db")
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB
    assert CACHE_KIB > 2000  # SQLite's default: 2000 KiB


def test_empty_database_is_filled_from_the_seeds_once(tmp_path: Path) -> None:
    assert seeds_dir() is not None
    db = open_db(tmp_path / "x.db")
    assert ensure_seeded(db) == 1
    assert ensure_seeded(db) == 0
    stats = store_stats(db, tmp_path / "x.db")
    assert (stats.articles, stats.paragraphs) == (1, 7)
    assert stats.newest_title == "Moscow expects Tbilisi’s steps to restore relations — Lavrov"
    assert stats.db_bytes > 0


def test_newest_article_prefers_dated_ones_over_ingestion_order(fresh_db: Database) -> None:
    for title, published in [("Old", "2020-01-01"), ("New", "2024-06-01"), ("Older", "2019-01-01")]:
        store_article(
            fresh_db, Article(title=title, paragraphs=("x " + title,), published=published)
        )
    assert store_stats(fresh_db).newest_title == "New"


def test_reextracting_quotes_keeps_articles_and_rebuilds_quotes(fresh_db: Database) -> None:
    store_article(fresh_db, Article(title="T", paragraphs=('"We will win," she said.', "Plain.")))
    before = fresh_db.execute("SELECT text, paragraph_id FROM quotes").fetchall()
    assert before
    fresh_db.execute("DELETE FROM quotes")  # as if stored by an extractor that found nothing
    assert reextract_quotes(fresh_db) == 1
    assert fresh_db.execute("SELECT text, paragraph_id FROM quotes").fetchall() == before
    assert fresh_db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert load_article(fresh_db, 1) == Article(
        title="T", paragraphs=('"We will win," she said.', "Plain.")
    )


def _quoted(speaker: str, paragraph: int = 0) -> Quote:
    return Quote("We will win.", speaker, None, "said", QuoteKind.DIRECT, paragraph)


@pytest.mark.parametrize(
    ("first", "second", "quoted"),
    [
        # speakers.name is COLLATE NOCASE: an ASCII case difference is the same speaker ...
        ("Anna Petrova", "anna petrova", ["Anna Petrova"] * 3),
        # ... but NOCASE folds ASCII only: SQLite keeps these two apart, and the writer's
        # one-query lookup must agree with it or it would hand out the other one's id. (Within
        # one article quotes find their speaker by casefold: the later of the two wins.)
        ("Émile Varga", "émile varga", ["Émile Varga", "émile varga", "émile varga"]),
        ("Anna Petrova", "Oleg Sanin", ["Anna Petrova", "Anna Petrova", "Oleg Sanin"]),
    ],
)
def test_speakers_are_matched_as_sqlite_compares_names(
    fresh_db: Database, first: str, second: str, quoted: list[str]
) -> None:
    # The first speaker is stored before; the next article names both.
    for index, names in enumerate(((first,), (first, second))):
        article = Article(title=f"T{index}", paragraphs=(f"Article {index}.",))
        quotes = tuple(_quoted(name) for name in names)
        save_article(fresh_db, article, Attribution(quotes, tuple(map(Speaker, names))))
    sql = "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id ORDER BY q.id"
    assert [name for (name,) in fresh_db.execute(sql)] == quoted


def test_an_article_longer_than_one_insert_statement_is_stored_whole(fresh_db: Database) -> None:
    # Rows go in a few hundred to a statement: the chunk boundary must lose and repeat none.
    count = ROWS_PER_INSERT * 2 + 1
    paragraphs = tuple(f"Paragraph {n} of the long article." for n in range(count))
    quotes = tuple(_quoted(f"Speaker{n}", n) for n in range(count))
    save_article(fresh_db, Article(title="Long", paragraphs=paragraphs), Attribution(quotes=quotes))
    stored = fresh_db.execute(
        "SELECT p.position, q.position, q.speaker FROM quotes q JOIN paragraphs p "
        "ON p.id = q.paragraph_id ORDER BY q.id"
    ).fetchall()
    assert stored == [(n, n, f"Speaker{n}") for n in range(count)]
    assert load_article(fresh_db, 1).paragraphs == paragraphs
    hits = fresh_db.execute("SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'long'")
    assert hits.fetchone()[0] == count  # every paragraph reached the full-text index
