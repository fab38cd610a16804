"""Ingest writes articles a group per transaction (store.ingest.writing): whole articles only,
one bad article costs no other, and results are told in source order as their group commits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from store.articles import ArticleGroup
from store.db import open_db
from store.errors import StoreError
from store.ingest import writing
from store.ingest.batch import IngestResult, ingest, store_article
from store.ingest.fetch import Fetched
from store.ingest.pool import PoolPlan
from store.ingest.text import parse_text
from store.ingest.writing import GroupWriter
from store.models import Article, SaveStatus
from store.quotes.extract import extract_quotes
from store.search import rebuild_terms
from tests.loopback import LoopbackServer, loopback_fetch

ROOT = Path(__file__).resolve().parent.parent


def invented(number: int, extra: str = "") -> str:
    """An invented article as a text file holds it: a title, a quote, a paragraph."""
    return (
        f"Harbour gate {number}\n\n"
        f'"The gate number {number} opens at dawn," harbour master Ilse Varnick said.\n\n'
        f"Ferries wait beside gate {number} through the winter.{extra}"
    )


def write_files(folder: Path, texts: list[str]) -> list[str]:
    folder.mkdir(exist_ok=True)
    paths = []
    for index, text in enumerate(texts):
        path = folder / f"{index:03}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def statuses(results: list[IngestResult]) -> list[str]:
    return [str(r.status) for r in results]


def titles(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT title FROM articles ORDER BY id")]


def terms(db: Database) -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.execute("SELECT tbl, term, df FROM search_terms ORDER BY 1, 2")]


@pytest.fixture
def transactions(fresh_db: Database) -> Iterator[list[str]]:
    """Every statement the connection runs, in order."""
    statements: list[str] = []
    fresh_db.conn.set_trace_callback(statements.append)
    yield statements
    fresh_db.conn.set_trace_callback(None)


def article_transactions(statements: list[str]) -> int:
    """How many transactions wrote an article (the end-of-batch merge steps write none)."""
    begun = " ".join(statements).split("BEGIN IMMEDIATE")[1:]
    return sum("SAVEPOINT article" in transaction for transaction in begun)


def test_a_batch_is_written_in_one_transaction_with_the_terms_in_step(
    fresh_db: Database, tmp_path: Path, transactions: list[str]
) -> None:
    paths = write_files(tmp_path / "in", [invented(n) for n in range(5)])
    results = ingest(fresh_db, paths)
    assert statuses(results) == ["added"] * 5
    # One for the five articles; the end-of-batch upkeep (sync, merge steps) runs apart.
    assert article_transactions(transactions) == 1
    counted = terms(fresh_db)
    rebuild_terms(fresh_db)
    assert counted == terms(fresh_db)  # folded once for the group, as one fold an article


@pytest.mark.parametrize(
    "raise_",
    [
        "ABORT",  # the statement fails, the transaction goes on: the article's savepoint undoes it
        "ROLLBACK",  # the error ends the whole transaction: the group is written again without it
    ],
)
def test_a_crash_mid_article_in_a_group_undoes_only_that_article(
    fresh_db: Database, tmp_path: Path, transactions: list[str], raise_: str
) -> None:
    fresh_db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON paragraphs WHEN new.text LIKE '%EXPLODE%' "
        f"BEGIN SELECT RAISE({raise_}, 'disk on fire'); END"
    )
    texts = [invented(0), invented(1), invented(2, " EXPLODE here."), invented(3)]
    results = ingest(fresh_db, write_files(tmp_path / "in", texts))
    assert statuses(results) == ["added", "added", "failed", "added"]
    assert "disk on fire" in (results[2].reason or "")
    assert titles(fresh_db) == ["Harbour gate 0", "Harbour gate 1", "Harbour gate 3"]
    assert [r.article_id for r in results] == [1, 2, None, 3]
    assert fresh_db.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 6
    half = "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH '\"gate 2\"'"
    assert fresh_db.execute(half).fetchone()[0] == 0
    # ABORT: one group (written together, undone, then article by article in it). ROLLBACK:
    # the group written together (lost), article by article (lost at the bad one), then
    # again without it.
    assert article_transactions(transactions) == (1 if raise_ == "ABORT" else 3)


STORED_ROWS = {
    "articles": "id, url, content_hash, title, subtitle, source, published, place, author, "
    "language",
    "paragraphs": "*",
    "quotes": "*",
    "speakers": "*",
    "speaker_names": "rowid, *",
    "mentions": "*",
    "paragraphs_ru": "*",
    "quotes_ru": "*",
    "search_terms": "*",
}


def stored_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: [tuple(r) for r in db.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2")]
        for table, columns in STORED_ROWS.items()
    }


RUSSIAN = [
    "Причал {n}\n\nГлава порта Ирина Соколова заявила: «Паром номер {n} выйдет утром».\n\n"
    "По словам Соколовой, ремонт причала {n} закончат к зиме.",
    "Маяк {n}\n\n«Свет зажгут в полночь», — сказал смотритель маяка Пётр Ларин.\n\n"
    "Ларин добавил, что маяк {n} виден с моря.",
]


@pytest.mark.parametrize("duplicate", [False, True])
def test_a_group_of_new_articles_is_written_a_statement_a_table_with_the_rows_of_one_by_one(
    fresh_db: Database, tmp_path: Path, transactions: list[str], duplicate: bool
) -> None:
    texts = [invented(0), RUSSIAN[0].format(n=1), invented(2), RUSSIAN[1].format(n=3)]
    texts += [RUSSIAN[1].format(n=4)] + ([texts[1]] if duplicate else [])
    paths = write_files(tmp_path / "in", texts)
    results = ingest(fresh_db, paths)
    one_by_one = open_db(tmp_path / "alone.db")
    alone = [store_article(one_by_one, parse_text(Path(p).read_text("utf-8"))) for p in paths]
    assert [(r.status, r.article_id) for r in results] == [(s.status, s.article_id) for s in alone]
    assert stored_rows(fresh_db) == stored_rows(one_by_one)
    # The trace repeats a statement for each trigger it fires: distinct ones.
    inserts = {s for s in transactions if s.startswith("INSERT INTO paragraphs ")}
    # Together, one statement; a duplicate in the group: each article alone, as ever.
    assert len(inserts) == (len(texts) - 1 if duplicate else 1)


def test_terms_that_cannot_be_folded_fail_only_their_article(
    fresh_db: Database, tmp_path: Path
) -> None:
    # The group's terms are folded once: when that fails, each article is written alone.
    fresh_db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON search_terms WHEN new.term = 'kaboomword' "
        "BEGIN SELECT RAISE(ABORT, 'terms on fire'); END"
    )
    texts = [invented(0), invented(1, " A kaboomword."), invented(2)]
    results = ingest(fresh_db, write_files(tmp_path / "in", texts))
    assert statuses(results) == ["added", "failed", "added"]
    assert "terms on fire" in (results[1].reason or "")
    assert titles(fresh_db) == ["Harbour gate 0", "Harbour gate 2"]


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def article(number: int) -> Article:
    return Article(title=f"Gate {number}", paragraphs=(f"Gate {number} opens at dawn.",))


@pytest.mark.parametrize(
    ("articles", "step", "told_after"),
    [
        (3, 0.0, [0, 0, 3, 3, 3, 6]),  # a group closes at its third article
        (100, 0.25, [0, 2, 2, 4, 4, 6]),  # ... or once its first has waited 0.2 s
    ],
    ids=["count", "time"],
)
def test_a_group_closes_at_its_size_or_its_age(
    fresh_db: Database, articles: int, step: float, told_after: list[int]
) -> None:
    told: list[IngestResult] = []
    clock = Clock()
    writer = GroupWriter(fresh_db, told.append, articles=articles, seconds=0.2, clock=clock)
    seen = []
    for number in range(6):
        writer.add(f"a{number}", article(number), extract_quotes)
        seen.append(len(told))
        clock.now += step
    assert seen == told_after
    writer.flush()
    assert [r.title for r in told] == [f"Gate {n}" for n in range(6)]


def test_an_article_read_is_written_before_the_next_source_is_fetched(
    fresh_db: Database, local_site: LoopbackServer
) -> None:
    # A group closes at GROUP_ARTICLES articles or a second, but only as items arrive: a slow URL after
    # it (up to a minute's fetch) must not hold back the article read before it.
    urls = [local_site.serve(f"/gate{n}", f"<h1>Gate {n}</h1><p>{invented(n)}</p>") for n in (1, 2)]
    told: list[IngestResult] = []
    told_at_fetch: dict[str, list[str | None]] = {}

    def fetcher(
        url: str, /, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        told_at_fetch[url] = [r.title for r in told]
        return loopback_fetch(url, etag=etag, last_modified=last_modified)

    ingest(fresh_db, urls, fetcher=fetcher, on_result=told.append)
    assert told_at_fetch == {urls[0]: [], urls[1]: ["Gate 1"]}
    assert [r.status for r in told] == [SaveStatus.ADDED, SaveStatus.ADDED]


def test_a_failure_waits_behind_the_articles_before_it(fresh_db: Database) -> None:
    # Results are told in source order: a source that failed is told after the articles
    # read before it, once they are written.
    from store.errors import SourceError

    told: list[IngestResult] = []
    writer = GroupWriter(fresh_db, told.append)
    writer.add("bad0", SourceError("no such file"), extract_quotes)  # nothing ahead: told now
    assert [r.source for r in told] == ["bad0"]
    writer.add("a1", article(1), extract_quotes)
    writer.add("bad2", SourceError("no such file"), extract_quotes)
    assert [r.source for r in told] == ["bad0"]
    writer.flush()
    assert [r.source for r in told] == ["bad0", "a1", "bad2"]


CHILD = """
import sys, threading
from pathlib import Path
from store.db import open_db
from store.ingest.batch import ingest
from store.ingest.pool import PoolPlan
from store.ingest.text import parse_text
db = open_db(sys.argv[1])
marker = Path(sys.argv[2])
def told(result):
    if result.title == "Harbour gate 40":  # inside the open transaction of its group
        marker.write_text("blocked")
        threading.Event().wait()  # until killed
ingest(db, [sys.argv[3]], on_result=told, pool=PoolPlan(workers=1))
"""


def test_a_process_killed_mid_batch_leaves_only_whole_articles(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_files(folder, [invented(n) for n in range(60)])
    store, marker = tmp_path / "news.db", tmp_path / "blocked"
    open_db(store).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(store), str(marker), str(folder)], env=env
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the ingest ended before it was killed"
            assert time.monotonic() < deadline, "the ingest never reached article 40"
            time.sleep(0.01)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    db = open_db(store)
    stored = titles(db)
    # Whole groups that committed before the kill, none of the one being written.
    assert stored == [f"Harbour gate {n}" for n in range(len(stored))]
    assert len(stored) < 40
    by_article = "SELECT count(*) FROM {} GROUP BY article_id"
    assert {n for (n,) in db.execute(by_article.format("paragraphs"))} <= {2}
    assert [n for (n,) in db.execute(by_article.format("quotes"))] == [1] * len(stored)
    fts = db.execute("SELECT count(*) FROM paragraphs_fts").fetchone()[0]
    assert fts == 2 * len(stored)
    counted = terms(db)
    rebuild_terms(db)
    assert counted == terms(db)
    db.close()


def test_grouped_pool_ingest_stores_what_the_serial_path_stores(tmp_path: Path) -> None:
    paths = write_files(tmp_path / "in", [invented(n) for n in range(50)])
    dumps = []
    for plan in (
        PoolPlan(workers=1),
        PoolPlan(workers=2, pool_from=4, extract_while_starting=False),
    ):
        db = open_db(tmp_path / f"{plan.workers}.db")
        ingest(db, paths, pool=plan)
        dumps.append(
            [
                db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("paragraphs", "quotes", "search_terms", "speakers")
            ]
        )
        db.close()
    assert dumps[0] == dumps[1]


@pytest.mark.parametrize(
    "text",
    [
        "Послы ещё не вернулись",  # ё inside a word
        "ЁЛКИ и Ёжики",  # capital Ё: lowered, then read as е
        "Café Zürich — кафе «Цюрих»",  # marked Latin folds, Cyrillic stays
        "İstanbul ёмкость",  # a capital that lowers to two characters
        "",
    ],
)
def test_a_row_is_stemmed_from_its_words_lowered_once(text: str) -> None:
    # The stem fold lowers a row once and reads ё as е word by word: it must be what
    # lowering the whole row, with ё read as е, and tokenising it gives.
    from store.search.stems import _row_words, _words

    assert _row_words(text) == _words(text)


def test_a_group_that_cannot_take_the_write_lock_fails_its_articles_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    # Another writer (the bot) holds the lock past busy_timeout: the group's articles fail
    # with the reason, as each one alone did, instead of the batch stopping.
    store = tmp_path / "news.db"
    db, other = open_db(store), open_db(store)
    db.execute("PRAGMA busy_timeout = 0")
    paths = write_files(tmp_path / "in", [invented(n) for n in range(3)])
    other.execute("BEGIN IMMEDIATE")
    try:
        results = ingest(db, paths)
    finally:
        other.execute("ROLLBACK")
    assert statuses(results) == ["failed"] * 3
    assert all("database is locked" in (r.reason or "") for r in results)
    assert statuses(ingest(db, paths)) == ["added"] * 3  # the lock is free again
    db.close()
    other.close()


def test_a_group_whose_transaction_is_lost_after_a_save_refuses_to_go_on(
    fresh_db: Database,
) -> None:
    # An article saved, then a whole-transaction error (RAISE(ROLLBACK)): that article is gone
    # with the transaction. Beginning anew would report it stored when it is not (and give
    # the next article its id); the group must say it is broken instead.
    fresh_db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON paragraphs WHEN new.text LIKE '%EXPLODE%' "
        "BEGIN SELECT RAISE(ROLLBACK, 'disk on fire'); END"
    )
    first, bad, last = article(1), article(2), article(3)
    bad = Article(title=bad.title, paragraphs=("Gate 2 EXPLODE.",))
    quotes = {a.title: extract_quotes(a) for a in (first, bad, last)}
    with pytest.raises(StoreError, match="lost"), ArticleGroup(fresh_db) as group:
        assert group.save(first, quotes[first.title]).article_id == 1
        group.save_new([(bad, quotes[bad.title]), (last, quotes[last.title])])
    with pytest.raises(StoreError, match="lost"), ArticleGroup(fresh_db) as group:
        group.save(first, quotes[first.title])
        with pytest.raises(Exception, match="disk on fire"):
            group.save(bad, quotes[bad.title])
        group.save(last, quotes[last.title])
    assert titles(fresh_db) == []


def test_a_group_written_again_raises_when_an_article_then_fails_to_fold(
    fresh_db: Database,
) -> None:
    # A group is written again (`again`) only after its results were told; an article that
    # fails then must raise, never be told to no one while the user saw it added.
    fresh_db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON search_terms WHEN new.term = 'kaboomword' "
        "BEGIN SELECT RAISE(ABORT, 'terms on fire'); END"
    )
    good = article(1)
    bad = Article(title="Gate 2", paragraphs=("Gate 2 opens with a kaboomword.",))
    entries = [writing._Waiting(a.title, a, extract_quotes(a)) for a in (good, bad)]
    with pytest.raises(Exception, match="terms on fire"):
        writing._write(fresh_db, entries, lambda result: None, again=True)


def test_new_articles_are_looked_up_once_each_and_checked_new_together(
    fresh_db: Database, tmp_path: Path, transactions: list[str]
) -> None:
    # Before its extraction an article is looked up (unchanged?), plainly: no savepoint
    # around a SELECT; its group then checks all of them new in one query, not one each.
    paths = write_files(tmp_path / "in", [invented(n) for n in range(5)])
    assert all(r.status == SaveStatus.ADDED for r in ingest(fresh_db, paths))
    lookups = [s for s in transactions if s.startswith("SELECT id, url, content_hash FROM")]
    together = [s for s in transactions if "content_hash IN (" in s]
    assert (len(lookups), len(together)) == (5, 1)
    assert not [s for s in transactions if "sqlite_utils_query" in s]
