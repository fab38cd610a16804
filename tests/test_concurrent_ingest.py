"""The bot answering while `newsbot ingest` writes the same store: the answer path only reads.

Speed is measured by scripts/bench_concurrent.py; these tests hold what makes it fast. A
reader that folds freshly stored rows into search_terms itself tokenises all of them and then
waits on the ingest's write lock, on the bot's event loop.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.config import Settings
from handlers.answer import answer_question
from handlers.records import AnswerKind
from store.articles import replace_attribution
from store.db import open_db
from store.ingest.batch import ingest, store_article
from store.ingest.pool import WORKER_NICENESS, PoolPlan, extracting
from store.models import Article, Attribution, Speaker
from store.quotes.extract import extract_quotes
from store.search import rebuild_terms
from tests.fake_bot_api import FakeBotApi, RunningBot

# Invented articles, each with words no corpus article has.
NEW_ARTICLES = [
    Article(
        title="Airships over the harbour",
        url="https://news.example/airships",
        paragraphs=(
            "Zeppelins returned to the skies above Port Quillon on Tuesday.",
            '"Zeppelins are quieter than anyone remembers," said mayor Odile Varenkamp.',
        ),
    ),
    Article(
        title="Lantern fair",
        url="https://news.example/lanterns",
        paragraphs=(
            '"Every lantern was folded by hand this winter," Brannoch Teodori said.',
            "The lantern fair drew crowds of marmosets and their keepers.",
        ),
    ),
]

WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}


@pytest.fixture
def store_file(built_corpus: Database, tmp_path: Path) -> Path:
    """The test corpus in a file, as the bot and `newsbot ingest` share it."""
    path = tmp_path / "news.db"
    with closing(sqlite3.connect(path)) as conn:
        built_corpus.conn.backup(conn)
    return path


@pytest.fixture
def connections(store_file: Path) -> Iterator[tuple[Database, Database]]:
    """(the bot's connection, the ingest's connection) to one store file."""
    bot, writer = open_db(store_file), open_db(store_file)
    yield bot, writer
    bot.close()
    writer.close()


def term_rows(db: Database) -> list[tuple[object, ...]]:
    return [
        tuple(row) for row in db.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2")
    ]


def store_each(db: Database) -> None:
    for article in NEW_ARTICLES:
        store_article(db, article)


def ingest_files(db: Database, folder: Path) -> None:
    for index, article in enumerate(NEW_ARTICLES):
        text = "\n\n".join((article.title, *article.paragraphs))
        (folder / f"{index}.txt").write_text(text, encoding="utf-8")
    ingest(db, [str(folder)])


def unfolded_rows(db: Database) -> dict[str, int]:
    """Rows of each table newer than what search_terms has counted: what a reader would fold."""
    sql = (
        "SELECT (SELECT coalesce(max(id), 0) FROM {table}) - coalesce("
        "(SELECT last_id FROM search_terms_state WHERE tbl = '{table}'), 0)"
    )
    return {t: db.execute(sql.format(table=t)).fetchone()[0] for t in ("quotes", "paragraphs")}


@pytest.mark.parametrize(
    "write",
    [
        store_each,  # one article at a time, as a running ingest stores them
        ingest_files,  # a whole batch (its end-of-batch sync has nothing left to do)
    ],
    ids=["store_article", "ingest"],
)
def test_what_a_writer_stores_is_counted_in_its_own_transaction(
    connections: tuple[Database, Database],
    tmp_path: Path,
    write: Callable[..., None],
) -> None:
    bot, writer = connections
    args = (writer, tmp_path) if write is ingest_files else (writer,)
    write(*args)
    # Seen from the bot's connection, with no sync by anyone: already what a rebuild gives.
    assert unfolded_rows(bot) == {"quotes": 0, "paragraphs": 0}
    in_step = term_rows(bot)
    rebuild_terms(bot)
    assert in_step == term_rows(bot)


def test_quotes_extracted_again_are_counted_as_they_are_stored(
    connections: tuple[Database, Database],
) -> None:
    # `newsbot reindex` replaces quote rows article by article; a bot answering meanwhile
    # must find nothing to fold (the replaced rows' counts wait for reindex's rebuild).
    bot, writer = connections
    store_each(writer)
    for article in NEW_ARTICLES:
        (article_id,) = writer.execute(
            "SELECT id FROM articles WHERE url = ?", [article.url]
        ).fetchone()
        replace_attribution(writer, article_id, extract_quotes(article))
    assert unfolded_rows(bot) == {"quotes": 0, "paragraphs": 0}


def answer_without_writing(bot: Database, question: str) -> tuple[str, list[str]]:
    """The answer's kind and text, and every write the answer tried, on a read-only connection."""
    tried: list[str] = []

    def watch(action: int, table: str | None, *_: object) -> int:
        # FTS5 reports an UPDATE of sqlite_master's columns when it prepares a MATCH: its own
        # bookkeeping, never a write (query_only would refuse one), and not ours.
        if action in WRITES and table != "sqlite_master":
            tried.append(f"{action} {table}")
        return sqlite3.SQLITE_OK

    bot.execute("PRAGMA query_only = ON")
    bot.conn.set_authorizer(watch)
    try:
        answer = answer_question(bot, question)
    finally:
        bot.conn.set_authorizer(None)
        bot.execute("PRAGMA query_only = OFF")
    return f"{answer.kind}: {answer.text}", tried


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        ("who said zeppelins are quieter than anyone remembers", AnswerKind.WHO_SAID, "Varenkamp"),
        # A typo: found through the term table's near spellings of words only now stored.
        ("/search zepelins skies", AnswerKind.SEARCH, "Port Quillon"),
        ("who said every lantern was foldd by hand", AnswerKind.WHO_SAID, "Teodori"),
        ("what did Teodori say about lanterns?", AnswerKind.SPEAKER_QUOTES, "folded by hand"),
    ],
)
def test_answering_reads_only_while_an_ingest_stores_articles(
    connections: tuple[Database, Database], question: str, kind: AnswerKind, expected: str
) -> None:
    bot, writer = connections
    answer_question(bot, "who said the rivers shrink")  # the bot has answered before
    store_each(writer)  # mid-batch: the ingest's end-of-batch sync has not run
    answer, tried = answer_without_writing(bot, question)
    assert tried == []
    assert answer.startswith(f"{kind}: ")
    assert expected in answer


def test_answering_does_not_wait_for_an_ingest_holding_the_write_lock(
    connections: tuple[Database, Database],
) -> None:
    bot, writer = connections
    store_each(writer)
    bot.execute("PRAGMA busy_timeout = 0")  # a wait for the lock would fail, not hang
    writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of storing an article
    try:
        answer = answer_question(bot, "/search zepelins skies")
    finally:
        writer.execute("ROLLBACK")
    assert answer.kind == AnswerKind.SEARCH
    assert "Port Quillon" in answer.text


def test_the_bot_counts_rows_stored_uncounted_in_its_background_job(
    store_file: Path, api: FakeBotApi
) -> None:
    # A bulk load (or an older `newsbot ingest`) stores rows without counting their terms:
    # the live-news job folds them in its worker thread, with no question asked.
    with closing(open_db(store_file)) as loader:
        loader.execute(
            "INSERT INTO articles (title, content_hash, ingested_at) VALUES ('Bulk', 'bulk', 'x')"
        )
        loader.execute(
            "INSERT INTO paragraphs (article_id, position, text) "
            "VALUES (last_insert_rowid(), 0, 'Ptarmigans nest early this year.')"
        )
        loader.conn.commit()
        assert unfolded_rows(loader)["paragraphs"] == 1
    settings = Settings(
        token=api.token,
        base_url=api.base_url,
        db_path=str(store_file),
        feed_interval_minutes=0.3 / 60,  # a round every 0.3 s
    )
    with closing(open_db(store_file)) as db, RunningBot(api, db, settings=settings):
        deadline = time.monotonic() + 10
        with closing(open_db(store_file)) as mine:
            while unfolded_rows(mine)["paragraphs"]:
                assert time.monotonic() < deadline, "the job did not fold the bulk rows"
                time.sleep(0.02)


def niceness_extract(article: Article) -> Attribution:
    """An extractor that reports the niceness of the process it runs in, as a speaker."""
    return Attribution(speakers=(Speaker(f"Niceness {os.nice(0)}"),))


def test_extraction_workers_leave_the_cores_to_the_bot() -> None:
    # Beside the bot on one machine, a big ingest's workers must not make answers wait for
    # a core: they run niced.
    items = [(f"a{i}", Article(title=f"A{i}", paragraphs=("Text.",))) for i in range(4)]
    plan = PoolPlan(workers=2, pool_from=0, extract=niceness_extract, extract_while_starting=False)
    with closing(extracting(items, plan, lambda item: item)) as stream:
        found = {extract(item).speakers[0].name for _, item, extract in stream}
    assert found == {f"Niceness {min(19, os.nice(0) + WORKER_NICENESS)}"}
