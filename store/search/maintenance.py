"""Keeping the FTS5 indexes compact: articles stored one at a time leave an index in many
small segments, and every lookup reads each of them (after 1,000 single-article saves a
lookup cost ~60 µs, against ~8 µs once merged).

FTS5's incremental 'merge' command does a bounded amount of work per call (about `pages`
leaf pages written), so it can follow each round of live news without holding the write lock
for long; a negative page count merges segments of any level, down to one.
"""

from __future__ import annotations

from sqlite_utils import Database

from store.db import write_transaction

MERGE_PAGES = 500  # leaf pages (1,000 bytes each by default) written per table per step
# FTS5 writes fewer than this many pages in a step that found nothing left to merge.
NOTHING_LEFT = 2


def merge_fts_segments(db: Database, pages: int = MERGE_PAGES) -> int:
    """One bounded step of merging each FTS index's segments; how many pages it wrote."""
    written = 0
    for table in fts_tables(db):
        before = db.conn.total_changes
        with write_transaction(db):
            db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('merge', ?)", [-pages])
        written += db.conn.total_changes - before
    return written


def compact_fts(db: Database, *, steps: int, pages: int = MERGE_PAGES) -> int:
    """Merge in bounded steps until nothing is left or `steps` ran; how many steps ran.

    Each step is its own transaction, so a bot writing beside us waits one step at most.
    """
    for step in range(1, steps + 1):
        if merge_fts_segments(db, pages) < NOTHING_LEFT * len(fts_tables(db)):
            return step
    return steps


def fts_tables(db: Database) -> list[str]:
    """The store's FTS5 indexes (store.migrations._fts_table makes them), by name."""
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '% USING fts5(%' "
        "ORDER BY name"
    )
    return [row[0] for row in db.execute(sql).fetchall()]


def fts_segments(db: Database, table: str) -> int:
    """How many segments an FTS5 index is in (a segment's pages share the id's top bits)."""
    sql = f"SELECT count(DISTINCT id >> 37) FROM {table}_data WHERE id >> 37 > 0"
    return int(db.execute(sql).fetchone()[0])
