"""Deliveries grouped by where they go, and many of them told in one digest message.

A follow of common words, or a big ingest, can queue hundreds of deliveries for one chat in a
round; a message each would flood it (and spend its rate limit for minutes). So when one
destination (a chat, or one forum topic of it) has more than DIGEST_AFTER deliveries waiting,
they are claimed together and told in one message listing their titles. Claiming and settling
keep the outbox's promise (`store.live.follows`): never twice, even across a crash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from store.live.follows import FOLLOW_COLUMNS, DeliveryState, Follow

DIGEST_AFTER = 3  # more deliveries than this waiting for one destination: one digest
DIGEST_LISTED = 30  # articles a digest lists at most (as many as fit); the rest are counted


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
    """One article a digest lists."""

    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class Digest:
    """Many new articles for one destination, told in one message."""

    chat_id: int
    thread_id: int | None
    article_ids: tuple[int, ...]  # every article it tells of
    entries: tuple[DigestEntry, ...]  # the newest of them, to list: DIGEST_LISTED at most
    follows: tuple[Follow, ...]  # every follow that matched one of them, oldest first


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
        told = json.dumps([article_id for (article_id,) in claimed])
        rows = db.query(
            "SELECT a.id AS article_id, a.title, a.source, a.published, a.url FROM articles a "
            "WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id DESC LIMIT ?",
            [told, DIGEST_LISTED],
        )
        entries = tuple(DigestEntry(**row) for row in rows)
        follows = db.query(
            f"SELECT {FOLLOW_COLUMNS} FROM follows WHERE id IN (SELECT follow_id FROM deliveries "
            "WHERE chat_id = ? AND article_id IN (SELECT value FROM json_each(?))) ORDER BY id",
            [batch.chat_id, told],
        )
        return Digest(
            batch.chat_id,
            batch.thread_id,
            article_ids=tuple(sorted(article_id for (article_id,) in claimed)),
            entries=entries,
            follows=tuple(Follow.from_row(row) for row in follows),
        )
