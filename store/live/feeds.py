"""The feeds the store follows: who added them, when each is next due, how healthy it is."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from store.clock import stamp

# The entry -> article step (fetching the linked page of a summary-only entry) is the one
# ingestion already uses; feeds polled here must become the same articles as `newsbot ingest`.

log = logging.getLogger(__name__)

CONFIG, CLI = "config", "cli"  # who added a feed, besides "telegram:<user id>"


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
            add_feed(db, url, CONFIG)
        marks = ", ".join("?" for _ in urls)
        db.execute(
            f"DELETE FROM feeds WHERE added_by = ? AND url NOT IN ({marks})", [CONFIG, *urls]
        )


def list_feeds(db: Database) -> list[Feed]:
    """Every followed feed, failing ones first."""
    cursor = db.execute(
        "SELECT url, added_by, last_polled_at, last_ok_at, last_error, failures, next_poll_at "
        "FROM feeds ORDER BY failures > 0 DESC, url"
    )
    return [Feed(*row) for row in cursor]


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
    marks = ", ".join("?" for _ in urls)
    times = [
        datetime.fromisoformat(at) if at else datetime.min.replace(tzinfo=UTC)
        for (at,) in db.execute(f"SELECT next_poll_at FROM feeds WHERE url IN ({marks})", urls)
    ]
    return min(times, default=None)
