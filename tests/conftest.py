"""Shared fixtures: a fresh real database, a small corpus, the seed text, and loopback HTTP
servers (tests/loopback.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlite_utils import Database

from store.db import open_db
from tests.corpus import SEED, build_corpus
from tests.loopback import FeedServer, LoopbackServer


@pytest.fixture
def fresh_db() -> Iterator[Database]:
    """An empty, migrated in-memory database."""
    db = open_db(":memory:")
    yield db
    db.close()


@pytest.fixture
def corpus() -> Iterator[Database]:
    """The seed and small articles of our own, with speakers (tests/corpus.py)."""
    db = build_corpus(open_db(":memory:"))
    yield db
    db.close()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def local_site() -> Iterator[LoopbackServer]:
    """A loopback web site: pages served as HTML unless told, stopped after the test."""
    with LoopbackServer() as site:
        yield site


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    """A loopback feed publisher: RSS with ETag/Last-Modified and 304s, stopped after the test."""
    with FeedServer() as server:
        yield server
