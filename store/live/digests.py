"""Deliveries grouped by where they go, and many of them told in one digest message.

A follow of common words, or a big ingest, can queue hundreds of deliveries for one chat in a
round; a message each would flood it (and spend its rate limit for minutes). So when one
destination (a chat, or one forum topic of it) has more than DIGEST_AFTER deliveries waiting,
they are claimed together and told in one message listing their titles. Claiming and settling
keep the outbox's promise (`store.live.follows`): never twice, even across a crash.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from store.live.follows import DeliveryState, Follow, mark_failed, mark_sent, retry_later

DIGEST_AFTER = 3  # more deliveries than this waiting for one destination: one digest


@dataclass(frozen=True)
class Batch:
    """The deliveries waiting for one destination: a chat, or one forum topic of it."""

    chat_id: int
    thread_id: int | None
    article_ids: tuple[int, ...]  # oldest first

    @property
    def digest(self) -> bool:
        """Whether they are told in one digest rather than a notification each."""
        return len(self.article_ids) > DIGEST_AFTER


@dataclass(frozen=True)
class DigestEntry:
    """One article of a digest, and the follow that matched it."""

    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None
    follow: Follow


@dataclass(frozen=True)
class Digest:
    """Many new articles for one destination, told in one message."""

    chat_id: int
    thread_id: int | None
    entries: tuple[DigestEntry, ...]  # newest first

    @property
    def article_ids(self) -> list[int]:
        return [entry.article_id for entry in self.entries]

    @property
    def follows(self) -> list[Follow]:
        """The follows that matched, each once, oldest first."""
        matched = {entry.follow.id: entry.follow for entry in self.entries}
        return [matched[follow_id] for follow_id in sorted(matched)]


def pending_batches(db: Database) -> list[Batch]:
    """What waits to be sent, by destination, the destination with the oldest delivery first."""
    rows = db.execute(
        "SELECT d.chat_id, f.thread_id, d.article_id FROM deliveries d "
        "JOIN follows f ON f.id = d.follow_id WHERE d.state = ? "
        "ORDER BY d.created_at, d.article_id, d.chat_id",
        [DeliveryState.PENDING],
    )
    waiting: dict[tuple[int, int | None], list[int]] = {}
    for chat_id, thread_id, article_id in rows:
        waiting.setdefault((int(chat_id), thread_id), []).append(int(article_id))
    return [
        Batch(chat_id, thread_id, tuple(article_ids))
        for (chat_id, thread_id), article_ids in waiting.items()
    ]


def claim_digest(db: Database, batch: Batch) -> Digest | None:
    """Mark every delivery waiting for the batch's destination 'sending' and return the digest
    to send; None if none is waiting any more (see `claim_delivery`: a crash after this loses
    the digest rather than repeating it)."""
    with db.atomic():
        claimed = db.execute(
            "UPDATE deliveries SET state = ?, attempts = attempts + 1 "
            "WHERE chat_id = ? AND state = ? AND follow_id IN "
            "(SELECT id FROM follows WHERE chat_id = ? AND thread_id IS ?) RETURNING article_id",
            [
                DeliveryState.SENDING,
                batch.chat_id,
                DeliveryState.PENDING,
                batch.chat_id,
                batch.thread_id,
            ],
        ).fetchall()
        if not claimed:
            return None
        # Exactly the ones claimed now: one left 'sending' by a crash may have been told.
        rows = db.query(
            "SELECT a.id AS article_id, a.title, a.source, a.published, a.url, f.id, f.chat_id, "
            "f.kind, f.query, f.thread_id, f.created_by FROM deliveries d "
            "JOIN follows f ON f.id = d.follow_id JOIN articles a ON a.id = d.article_id "
            "WHERE d.chat_id = ? AND d.article_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY a.id DESC",
            [batch.chat_id, json.dumps([article_id for (article_id,) in claimed])],
        )
        entries = tuple(_entry(row) for row in rows)
    return Digest(batch.chat_id, batch.thread_id, entries)


def mark_all_sent(db: Database, chat_id: int, article_ids: Iterable[int]) -> None:
    """The digest went out: every article in it was told."""
    with db.atomic():
        for article_id in article_ids:
            mark_sent(db, chat_id, article_id)


def mark_all_failed(db: Database, chat_id: int, article_ids: Iterable[int], error: str) -> None:
    """The digest cannot be sent (or may have been): never try its articles again."""
    with db.atomic():
        for article_id in article_ids:
            mark_failed(db, chat_id, article_id, error)


def retry_all_later(db: Database, chat_id: int, article_ids: Iterable[int], error: str) -> None:
    """The digest surely did not go out: its articles wait for the next round."""
    with db.atomic():
        for article_id in article_ids:
            retry_later(db, chat_id, article_id, error)


def _entry(row: Mapping[str, Any]) -> DigestEntry:
    return DigestEntry(
        article_id=row["article_id"],
        title=row["title"],
        source=row["source"],
        published=row["published"],
        url=row["url"],
        follow=Follow.from_row(row),
    )
