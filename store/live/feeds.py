"""The feeds the store follows: who added them, when each is next due, how healthy it is."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from store.clock import stamp
from store.db import placeholders

log = logging.getLogger(__name__)


class AddedBy(StrEnum):
    """Who added a feed, besides a Telegram admin ("telegram:<user id>", from /add)."""

    CONFIG = "config"  # NEWSBOT_FEEDS: the configuration is the truth for these
    CLI = "cli"  # newsbot ingest --watch


@dataclass(frozen=True)
class Feed:
    """A feed the store polls, with the health of its last polls."""

    url: str
    added_by: str
    last_polled_at: str | None
    last_ok_at: str | None
    last_error: str | None
    failures: int  # consecutive failed polls
    next_poll_at: str | None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Feed:
        """A feed from a row of the feeds table (other columns are left out)."""
        return cls(**{field.name: row[field.name] for field in fields(cls)})


def add_feed(db: Database, url: str, added_by: str, now: datetime | None = None) -> bool:
    """Follow a feed (due at once); False if it was already followed."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO feeds (url, added_by, added_at) VALUES (?, ?, ?)",
        [url, added_by, stamp(now)],
    )
    return cursor.rowcount > 0


def remove_feed(db: Database, url: str) -> bool:
    """Stop polling a feed (its articles stay); False if it was not followed."""
    return db.execute("DELETE FROM feeds WHERE url = ?", [url]).rowcount > 0


def sync_config_feeds(db: Database, urls: tuple[str, ...] | list[str]) -> None:
    """Make the feeds added by configuration exactly `urls` (NEWSBOT_FEEDS is the truth)."""
    with db.atomic():
        for url in urls:
            add_feed(db, url, AddedBy.CONFIG)
        db.execute(
            f"DELETE FROM feeds WHERE added_by = ? AND url NOT IN ({placeholders(urls)})",
            [AddedBy.CONFIG, *urls],
        )


def list_feeds(db: Database) -> list[Feed]:
    """Every followed feed, failing ones first."""
    rows = db.query("SELECT * FROM feeds ORDER BY failures > 0 DESC, url")
    return [Feed.from_row(row) for row in rows]


def due_feeds(db: Database, now: datetime) -> list[str]:
    """URLs of the feeds whose next poll is due at `now`, longest waiting first."""
    cursor = db.execute(
        "SELECT url FROM feeds WHERE next_poll_at IS NULL OR next_poll_at <= ? "
        "ORDER BY next_poll_at IS NOT NULL, next_poll_at, id",
        [stamp(now)],
    )
    return [url for (url,) in cursor]


def next_due(db: Database, urls: list[str]) -> datetime | None:
    """When the earliest of these feeds is next due (the distant past if one never was)."""
    sql = f"SELECT next_poll_at FROM feeds WHERE url IN ({placeholders(urls)})"
    times = [
        datetime.fromisoformat(at) if at else datetime.min.replace(tzinfo=UTC)
        for (at,) in db.execute(sql, urls)
    ]
    return min(times, default=None)
