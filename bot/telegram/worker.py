"""Store work that waits on the network or scans many rows, run off the event loop.

Fetching for /add, polling feeds and matching follows run in a worker thread on their own
SQLite connection, so the loop keeps answering meanwhile and no transaction of that thread
mixes with the loop's. Answering questions runs in worker threads too (`in_reader`), each
keeping its connection, so a long or costly question never holds up everyone's sends.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from contextlib import closing
from typing import TypeVar

from sqlite_utils import Database

from store.db import open_db

T = TypeVar("T")


async def in_worker(db: Database, work: Callable[[Database], T]) -> T:
    """Run blocking store work in a thread on its own connection to the same database file.

    An in-memory database cannot be opened twice, so there the work runs on the loop.
    """
    path = database_file(db)
    if path is None:
        return work(db)

    def run() -> T:
        with closing(open_db(path)) as own:
            return work(own)

    return await asyncio.to_thread(run)


async def in_reader(db: Database, work: Callable[[Database], T]) -> T:
    """Run short read-only work (answering a question) in a thread, on a connection that
    thread keeps for the next call: answers are many, and opening the store costs more than
    most of them. An in-memory database cannot be opened twice, so there it runs on the loop.
    """
    path = database_file(db)
    if path is None:
        return work(db)
    return await asyncio.to_thread(_on_kept_connection, path, work)


_kept = threading.local()  # each worker thread's {database file: its connection}
_KEPT_FILES = 4  # a process serves one store; tests open a few


def _on_kept_connection(path: str, work: Callable[[Database], T]) -> T:
    connections: dict[str, Database] = _kept.__dict__.setdefault("connections", {})
    own = connections.get(path)
    if own is None:
        while len(connections) >= _KEPT_FILES:
            connections.pop(next(iter(connections))).close()
        own = connections[path] = open_db(path)
    return work(own)


def database_file(db: Database) -> str | None:
    """The file behind a connection; None for an in-memory database."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file) or None
    return None
