"""Opening the SQLite store: WAL, foreign keys, a busy timeout, migrations."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from store.migrations import migrate


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


def newest_first(articles: str = "") -> str:
    """ORDER BY terms for articles, newest first; `articles` names the table in a join ("a")."""
    # Dated articles by their date; year-less dates ("--07-22") cannot be ordered against
    # full ones, so they fall back to when the article was ingested. Index m003
    # articles_newest is on this expression (unqualified): keep the two the same.
    at = f"{articles}." if articles else ""
    return (
        f"CASE WHEN {at}published GLOB '[0-9][0-9][0-9][0-9]-*' THEN {at}published "
        f"ELSE {at}ingested_at END DESC, {at}id DESC"
    )


NEWEST_FIRST = newest_first()
