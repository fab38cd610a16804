"""Opening the SQLite store: WAL, foreign keys, a busy timeout, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from store.migrations import migrate


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database at path; ":memory:" works too."""
    # check_same_thread=False: the bot opens the store once and may touch it from the
    # job queue's thread; sqlite3 serialises access to one connection itself.
    conn = sqlite3.connect(str(path), check_same_thread=False)
    db = Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
        # In WAL mode NORMAL cannot corrupt the database; it only skips an fsync per commit.
        db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    migrate(db)
    return db


# Newest first: dated articles by their date; year-less dates ("--07-22") cannot be ordered
# against full ones, so they fall back to when the article was ingested.
NEWEST_FIRST = (
    "CASE WHEN published GLOB '[0-9][0-9][0-9][0-9]-*' THEN published ELSE ingested_at END DESC, "
    "id DESC"
)
