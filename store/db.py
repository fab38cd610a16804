"""Opening the SQLite store: WAL, foreign keys, a busy timeout, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from store.migrations import migrate

# The page cache of a connection, in KiB (SQLite's default is 2 MiB). Ingest inserts into
# several B-trees at scattered keys (speaker names, search terms, the FTS indexes' segments):
# with 2 MiB each group of articles read back pages the group before had just written
# (scripts/bench_quotes_ru.py: saving 0.95x the time with 32 MiB). Memory is taken only as
# pages are read.
CACHE_KIB = 32 * 1024


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at path; ":memory:" works too."""
    # check_same_thread=False: the bot opens the store once and may touch it from the
    # job queue's thread; sqlite3 serialises access to one connection itself.
    conn = sqlite3.connect(str(path), check_same_thread=False)
    # No sqlite-utils plugins: we use none, and looking for them scans every installed
    # package's metadata at each start (~15 ms of `newsbot ask`).
    db = Database(conn, execute_plugins=False)
    if str(path) != ":memory:":
        db.enable_wal()
        # In WAL mode NORMAL cannot corrupt the database; it only skips an fsync per commit.
        db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")  # negative: in KiB, not pages
    migrate(db)
    return db


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """A transaction that takes the write lock before it reads (BEGIN IMMEDIATE); inside a
    transaction already open, a savepoint of it.

    The poller writes from its own connection. A plain transaction that reads and then
    writes fails ("database is locked") if that connection wrote in between; this one waits
    for the lock up front (busy_timeout) and then cannot be overtaken.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:  # some errors have rolled it back already
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def placeholders(values: Collection[object]) -> str:
    """One "?" per value, for `IN (...)`: "?, ?, ?" (SQLite takes an empty list too)."""
    return ", ".join("?" * len(values))


# How sure an article's date is, for ordering: 2 a full date ("2016-07-22..."), 1 a year-less
# dateline ("--07-22"), 0 none (or text we could not read as a date).
_FULL_DATE = "{at}published GLOB '[0-9][0-9][0-9][0-9]-*'"
_YEARLESS_DATE = "{at}published GLOB '--[0-9][0-9]-[0-9][0-9]'"


def date_rank(articles: str = "") -> str:
    """SQL for how an article is dated: 2 fully, 1 without a year, 0 not at all."""
    at = f"{articles}." if articles else ""
    full, yearless = _FULL_DATE.format(at=at), _YEARLESS_DATE.format(at=at)
    return f"CASE WHEN {full} THEN 2 WHEN {yearless} THEN 1 ELSE 0 END"


def newest_first(articles: str = "") -> str:
    """ORDER BY terms for articles, newest first; `articles` names the table in a join ("a").

    Fully dated articles come first, by date; then year-less datelines, by month and day;
    then undated ones, by when they were ingested. A year-less date cannot be placed among
    full ones (the article may be years old), and giving it the ingestion year would let
    an archive loaded today claim to be this year's; an undated article is never "newer"
    than one whose date we know. Index m008 articles_by_date is on these two expressions
    (unqualified): keep the two the same.
    """
    at = f"{articles}." if articles else ""
    full, yearless = _FULL_DATE.format(at=at), _YEARLESS_DATE.format(at=at)
    return (
        f"{date_rank(articles)} DESC, "
        f"CASE WHEN {full} OR {yearless} THEN {at}published ELSE {at}ingested_at END DESC, "
        f"{at}id DESC"
    )


NEWEST_FIRST = newest_first()
