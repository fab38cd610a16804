"""The search_terms table: each indexed term's document frequency, kept in step by writers.

Every transaction that stores quotes or paragraphs folds their terms in before it commits
(fold_new_terms), so a reader always finds the table in step and never has to write: an
answer that had to fold rows itself would wait on `newsbot ingest`'s write lock, and tokenise
everything stored since, on the bot's event loop.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from itertools import chain

from sqlite_utils import Database

from store.search.records import one_int
from store.search.tokens import words

TABLES = ("quotes", "paragraphs")

CATCH_UP_ROWS = 20_000  # newer rows folded into search_terms in Python; past it, a rebuild


def sync_terms(db: Database) -> None:
    """Fold rows added since the last sync into search_terms (a rebuild after bulk loads).

    Only reads when every writer folded its rows (fold_new_terms): what the answer path sees.
    It catches up rows written another way (a bulk load, a store older than this rule).
    """
    for table in TABLES:
        try:
            # Read inside the transaction: one snapshot for the row range and the FTS
            # vocabulary, while the poller may be storing articles on its own connection.
            with db.atomic():
                _sync_table_terms(db, table)
        except sqlite3.OperationalError:
            # Another writer holds the lock (or the file is read-only): search with the
            # terms we have; the next search catches up.
            return


def fold_new_terms(db: Database) -> None:
    """Inside a write transaction: fold the rows it stored into search_terms before it commits."""
    assert db.conn.in_transaction, "fold_new_terms belongs inside the transaction that stored rows"
    for table in TABLES:
        _sync_table_terms(db, table)


def _sync_table_terms(db: Database, table: str) -> None:
    fold_terms(db, table, _rebuild_table_terms, _add_terms)


# How a table's terms are rebuilt whole, and how the counts of its rows in (after, up to]
# are added: the English tables' here, the Russian stems' in store/search/stems.py.
Rebuild = Callable[[Database, str], None]
AddRows = Callable[[Database, str, int, int], None]


def fold_terms(db: Database, table: str, rebuild: Rebuild, add_rows: AddRows) -> None:
    """Fold the table's rows newer than the last fold into search_terms: their counts added,
    or the table's terms rebuilt whole when more than CATCH_UP_ROWS are new (a bulk load)."""
    last_id = one_int(db, "SELECT last_id FROM search_terms_state WHERE tbl = ?", [table])
    newest = one_int(db, f"SELECT max(id) FROM {table}", [])
    if newest <= last_id:
        return
    if newest - last_id > CATCH_UP_ROWS:
        rebuild(db, table)
    else:
        add_rows(db, table, last_id, newest)
    # Also the version store/search/plan.py caches a table's vocabulary by.
    db.execute(
        "INSERT INTO search_terms_state (tbl, last_id) VALUES (?, ?) "
        "ON CONFLICT (tbl) DO UPDATE SET last_id = excluded.last_id",
        [table, newest],
    )


def rebuild_terms(db: Database) -> None:
    """Recompute search_terms from the FTS indexes (after a bulk load or many deletions)."""
    with db.atomic():
        for table in TABLES:
            _rebuild_table_terms(db, table)
            db.execute(
                "INSERT INTO search_terms_state (tbl, last_id) "
                f"VALUES (?, (SELECT coalesce(max(id), 0) FROM {table})) "
                "ON CONFLICT (tbl) DO UPDATE SET last_id = excluded.last_id",
                [table],
            )


def _rebuild_table_terms(db: Database, table: str) -> None:
    db.execute("DELETE FROM search_terms WHERE tbl = ?", [table])
    db.execute(
        f"INSERT INTO search_terms (tbl, term, df) SELECT ?, term, doc FROM {table}_fts_vocab",
        [table],
    )


def _add_terms(db: Database, table: str, after_id: int, up_to_id: int) -> None:
    # Bounded above: another connection may store rows while we fold; they wait for the next
    # sync rather than being counted now and again then.
    # Only the rows the English index holds (not a Russian article's Cyrillic ones, whose
    # stems store.search.stems counts): the table's terms are those of its index.
    rows = db.execute(
        f"SELECT text FROM {table} WHERE id > ? AND id <= ? AND in_english_index",
        [after_id, up_to_id],
    )
    # One Counter over every row's distinct words, iterated in C: a Counter.update a row
    # cost a fifth more.
    counts = Counter(chain.from_iterable(map(set, map(words, (text for (text,) in rows)))))
    add_term_counts(db, table, counts)


# Terms upserted in one statement, not one a term (executemany): binding and stepping a
# statement a term was most of the upsert; measured on a group of 32 Russian articles,
# 500 a statement took 0.55x the time.
TERMS_PER_UPSERT = 500


def add_term_counts(db: Database, table: str, counts: Counter[str]) -> None:
    """Add counts to the terms' document frequencies in search_terms (new terms inserted)."""
    # In key order: each upsert then lands next to the previous one in the B-tree.
    terms = sorted(counts)
    for start in range(0, len(terms), TERMS_PER_UPSERT):
        chunk = terms[start : start + TERMS_PER_UPSERT]
        values = ", ".join(["(?, ?, ?)"] * len(chunk))
        db.conn.execute(
            f"INSERT INTO search_terms (tbl, term, df) VALUES {values} "
            "ON CONFLICT (tbl, term) DO UPDATE SET df = df + excluded.df",
            [value for term in chunk for value in (table, term, counts[term])],
        )
