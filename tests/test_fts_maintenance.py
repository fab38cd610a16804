"""The FTS5 indexes kept compact: articles saved one at a time leave many small segments,
which a bounded merge after each live-news round and at the end of `newsbot ingest` folds
back together, finding what it found before."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.config import Settings
from store.db import open_db
from store.ingest.batch import ingest, store_article
from store.models import Article
from store.search.maintenance import compact_fts, fts_segments, fts_tables, merge_fts_segments
from tests.fake_bot_api import FakeBotApi, RunningBot
from tests.loopback import HARBOUR, LOOPBACK, FeedServer, rss

SAVES = 40  # single-article saves: enough for FTS5's automerge to leave several segments


def article(number: int) -> Article:
    return Article(
        title=f"Harbour report {number}: cranes idle along the quay",
        paragraphs=(
            f"Dock {number} stood empty on Monday as the strike went on.",
            f'"We will not load a single ship until the talks resume," said Ilse Marr {number}.',
        ),
        url=f"https://news.example.org/harbour/{number}",
    )


def saved_one_at_a_time(db: Database) -> Database:
    for number in range(SAVES):
        store_article(db, article(number))
    return db


def compact(db: Database) -> bool:
    """Whether every FTS index is in one segment at most (one left empty has none)."""
    segments = {table: fts_segments(db, table) for table in fts_tables(db)}
    return {"paragraphs_fts", "quotes_fts"} <= segments.keys() and max(segments.values()) == 1


def found(db: Database, table: str, word: str) -> list[int]:
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid"
    return [row[0] for row in db.execute(sql, [word]).fetchall()]


def test_the_fts_indexes_are_found_by_their_schema(fresh_db: Database) -> None:
    tables = fts_tables(fresh_db)
    assert {"paragraphs_fts", "quotes_fts"} <= set(tables)
    assert not [table for table in tables if "vocab" in table]  # fts5vocab views of them


@pytest.mark.parametrize("table", ["paragraphs_fts", "quotes_fts"])
def test_a_merge_step_folds_the_segments_of_single_saves(fresh_db: Database, table: str) -> None:
    db = saved_one_at_a_time(fresh_db)
    before, hits = fts_segments(db, table), found(db, table, "ship OR dock")
    assert before > 3
    assert merge_fts_segments(db) > 0
    assert fts_segments(db, table) == 1
    assert found(db, table, "ship OR dock") == hits and hits


def test_compacting_stops_once_nothing_is_left(fresh_db: Database) -> None:
    db = saved_one_at_a_time(fresh_db)
    assert compact_fts(db, steps=10) == 2  # one step merged, the second found nothing
    assert compact_fts(db, steps=10) == 1


def test_an_ingest_leaves_its_indexes_compact(fresh_db: Database, tmp_path: Path) -> None:
    for number in range(SAVES):
        body = "\n\n".join(article(number).paragraphs)
        (tmp_path / f"{number:02d}.txt").write_text(f"{article(number).title}\n\n{body}\n")
    ingest(fresh_db, [str(tmp_path)])
    assert compact(fresh_db)


def test_a_live_round_that_stored_articles_merges_the_indexes(
    tmp_path: Path, api: FakeBotApi, feeds: FeedServer
) -> None:
    path = tmp_path / "news.db"
    db = saved_one_at_a_time(open_db(path))
    assert fts_segments(db, "paragraphs_fts") > 3
    feed = feeds.serve("/news.xml", rss(HARBOUR))
    settings = Settings(
        token=api.token,
        base_url=api.base_url,
        db_path=str(path),
        feeds=(feed,),
        feed_interval_minutes=0.3 / 60,
        fetch_allow=LOOPBACK,
    )
    with RunningBot(api, db, settings=settings):
        feeds.wait_for("/news.xml", 2)  # a second round began: the first one is over
    own = open_db(path)
    try:
        assert own.execute("SELECT count(*) FROM articles").fetchone()[0] == SAVES + 1
        assert compact(own)
    finally:
        own.close()
        db.close()
