"""Follows: chats that want new quotes by a speaker, or new articles with some words.

Matching and sending are split by an outbox, the `deliveries` table. `queue_deliveries` matches
the articles stored since the last round against every follow and queues one delivery per
(chat, article); the sender claims each one (`claim_delivery` turns it 'sending' before the
message goes out) and settles it. So a chat is told about an article once: never twice, even
if the bot stops in the middle, and never about articles stored before the follow began.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from store.clock import stamp
from store.db import placeholders, write_transaction
from store.live.matching import fts_words, names_speaker, speaker_ids, spoken_names, words_match
from store.models import AttributionHow, QuoteKind
from store.search.namesakes import Credit, namesakes
from store.search.speakers import clean_name


class FollowKind(StrEnum):
    """What a follow watches for."""

    SPEAKER = "speaker"  # new quotes by a speaker, however articles name them
    WORDS = "words"  # new articles with all these words


class DeliveryState(StrEnum):
    """Where one notification is on its way out (see the module docstring)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


MAX_ATTEMPTS = 5  # network errors before a delivery is given up
MAX_SNIPPETS = 3  # quotes or paragraphs shown in one notification
MAX_QUERY = 200


@dataclass(frozen=True)
class Follow:
    """What one chat follows: a speaker (any way articles name them) or words."""

    id: int
    chat_id: int
    kind: FollowKind
    query: str
    thread_id: int | None = None  # the forum topic it was made in; None: the chat itself
    created_by: int | None = None  # the Telegram user who made it; None: unknown or a chat

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Follow:
        """A follow from a row of the follows table (other columns are left out)."""
        return cls(
            id=row["id"],
            chat_id=row["chat_id"],
            kind=FollowKind(row["kind"]),
            query=row["query"],
            thread_id=row["thread_id"],
            created_by=row["created_by"],
        )


@dataclass(frozen=True)
class Snippet:
    """A followed speaker's quote, or a paragraph with the followed words."""

    text: str
    paragraph: str | None = None  # the paragraph a quote is in
    speaker: str | None = None
    role: str | None = None
    quote_kind: QuoteKind | None = None  # for quotes
    how: AttributionHow | None = None  # for quotes: how the speaker was found
    confidence: float | None = None  # and how sure that is
    namesake: str = ""  # the other bearer of the surname credited, named by then


@dataclass(frozen=True)
class Notification:
    """One article to push to one chat, with why (the follow) and what to show."""

    chat_id: int
    follow: Follow
    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None
    snippets: tuple[Snippet, ...]


def planned_follow(db: Database, text: str) -> tuple[FollowKind, str] | None:
    """What /follow `text` would follow: a speaker when it names a known one, else words
    (the query as stored); None if there is nothing in it to follow."""
    query = follow_text(text)
    speaker = clean_name(query)
    for name in spoken_names(speaker):
        if names_speaker(db, name):
            return FollowKind.SPEAKER, name
    return (FollowKind.WORDS, query) if fts_words(query) else None


def add_follow(
    db: Database,
    chat_id: int,
    text: str,
    thread_id: int | None = None,
    *,
    created_by: int | None = None,
) -> tuple[Follow, bool] | None:
    """Follow a speaker when `text` names a known one, else words; None if nothing to follow.

    The bool is False when the chat already followed it. Articles stored until now are
    never pushed for this follow. Its notifications go to the forum topic `thread_id`;
    `created_by` is the user who asked for it.
    """
    planned = planned_follow(db, text)
    if planned is None:
        return None
    kind, query = planned
    # One statement reads the newest article and records the follow: no article stored by
    # another connection can slip in between.
    created = (
        db.execute(
            "INSERT OR IGNORE INTO follows (chat_id, kind, query, created_at, "
            "since_article_id, checked_article_id, thread_id, created_by) "
            f"VALUES (?, ?, ?, ?, ({_TOP}), ({_TOP}), ?, ?)",
            [chat_id, kind, query, stamp(), thread_id, created_by],
        ).rowcount
        > 0
    )
    [row] = db.query(
        f"SELECT {FOLLOW_COLUMNS} FROM follows WHERE chat_id = ? AND kind = ? AND query = ?",
        [chat_id, kind, query],
    )
    return Follow.from_row(row), created


def remove_follow(db: Database, chat_id: int, text: str) -> Follow | None:
    """Stop following `text` (as /following lists it, or as /follow was given it)."""
    follow = find_follow(db, chat_id, text)
    if follow is not None:
        with db.atomic():
            _hand_over_deliveries(db, follow)
            # Cascades drop the rest of its deliveries: nothing queued only for it is sent.
            db.execute("DELETE FROM follows WHERE id = ?", [follow.id])
    return follow


def _hand_over_deliveries(db: Database, leaving: Follow) -> None:
    """Give a leaving follow's pending deliveries to another follow of the chat that matches
    the same article: a delivery is keyed by (chat, article), whichever follow queued it."""
    pending = [
        int(row["article_id"])
        for row in db.query(
            "SELECT article_id FROM deliveries WHERE follow_id = ? AND state = ?",
            [leaving.id, DeliveryState.PENDING],
        )
    ]
    others = list(
        db.query(
            f"SELECT {FOLLOW_COLUMNS}, since_article_id FROM follows "
            "WHERE chat_id = ? AND id != ? ORDER BY id",
            [leaving.chat_id, leaving.id],
        )
    )
    for row in others:
        if not pending:
            return
        other = Follow.from_row(row)
        # Never an article stored before the other follow began.
        after = max(int(row["since_article_id"]), min(pending) - 1)
        wanted = set(_matching_articles(db, other, after, max(pending))) & set(pending)
        for article_id in wanted:
            db.execute(
                "UPDATE deliveries SET follow_id = ? WHERE chat_id = ? AND article_id = ?",
                [other.id, leaving.chat_id, article_id],
            )
        pending = [a for a in pending if a not in wanted]


def find_follow(db: Database, chat_id: int, text: str) -> Follow | None:
    """The chat's follow of `text` (as /following lists it, or as /follow was given it)."""
    query = follow_text(text)
    for candidate in dict.fromkeys([query, clean_name(query)]):
        sql = (
            f"SELECT {FOLLOW_COLUMNS} FROM follows WHERE chat_id = ? AND query = ? "
            "ORDER BY kind LIMIT 1"
        )
        for row in db.query(sql, [chat_id, candidate]):
            return Follow.from_row(row)
    return None


def move_to_topic(db: Database, follow: Follow, thread_id: int | None) -> None:
    """Tell a follow's notifications in this forum topic from now on (None: the chat)."""
    db.execute("UPDATE follows SET thread_id = ? WHERE id = ?", [thread_id, follow.id])


def follow_text(text: str) -> str:
    """What is stored of a follow's text: spaces tidied, cut between words to MAX_QUERY."""
    words = " ".join(text.split())
    if len(words) <= MAX_QUERY:
        return words
    cut = words[: MAX_QUERY + 1].rsplit(" ", 1)[0]
    # A half word would match nothing; one word longer than the limit is cut all the same.
    return cut if len(cut) <= MAX_QUERY else words[:MAX_QUERY]


def follows_of(db: Database, chat_id: int) -> list[Follow]:
    """What a chat follows, oldest first."""
    rows = db.query(
        f"SELECT {FOLLOW_COLUMNS} FROM follows WHERE chat_id = ? ORDER BY id", [chat_id]
    )
    return [Follow.from_row(row) for row in rows]


def unsubscribe_chat(db: Database, chat_id: int) -> int:
    """Forget every follow of a chat (it blocked the bot or is gone); how many there were."""
    return db.execute("DELETE FROM follows WHERE chat_id = ?", [chat_id]).rowcount


def move_chat(db: Database, old_chat_id: int, new_chat_id: int) -> None:
    """Carry a chat's follows and deliveries over to its new id (a group became a supergroup)."""
    with db.atomic():
        for table in ("follows", "deliveries"):
            # OR IGNORE + DELETE: what the new id already has wins over the old copy.
            db.execute(
                f"UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ?",
                [new_chat_id, old_chat_id],
            )
            db.execute(f"DELETE FROM {table} WHERE chat_id = ?", [old_chat_id])


def queue_deliveries(db: Database) -> int:
    """Match articles stored since the last round against every follow; how many were queued."""
    queued = 0
    now = stamp()  # one round, one time: its deliveries go out in article and chat order
    with write_transaction(db):
        top = _top_article_id(db)
        rows = list(
            db.query(
                f"SELECT {FOLLOW_COLUMNS}, checked_article_id FROM follows "
                "WHERE checked_article_id < ? ORDER BY id",
                [top],
            )
        )
        for row in rows:
            follow = Follow.from_row(row)
            for article_id in _matching_articles(db, follow, row["checked_article_id"], top):
                # (chat, article) is the key: a chat is told about an article once, whichever
                # of its follows matched first.
                queued += db.execute(
                    "INSERT OR IGNORE INTO deliveries (chat_id, article_id, follow_id, created_at) "
                    "VALUES (?, ?, ?, ?)",
                    [follow.chat_id, article_id, follow.id, now],
                ).rowcount
            db.execute("UPDATE follows SET checked_article_id = ? WHERE id = ?", [top, follow.id])
    return queued


def pending_deliveries(db: Database, limit: int = 100) -> list[tuple[int, int]]:
    """(chat_id, article_id) of deliveries waiting to be sent, oldest first."""
    cursor = db.execute(
        "SELECT chat_id, article_id FROM deliveries WHERE state = ? "
        "ORDER BY created_at, article_id, chat_id LIMIT ?",
        [DeliveryState.PENDING, limit],
    )
    return [(int(chat), int(article)) for chat, article in cursor]


def claim_delivery(db: Database, chat_id: int, article_id: int) -> Notification | None:
    """Mark a pending delivery 'sending' and return what to send; None if it is not pending.

    Once claimed it is never claimed again unless `retry_later` hands it back: this is what
    makes a crash between claiming and sending lose the message rather than repeat it.
    """
    with db.atomic():
        claimed = db.execute(
            "UPDATE deliveries SET state = ?, attempts = attempts + 1 "
            "WHERE chat_id = ? AND article_id = ? AND state = ?",
            [DeliveryState.SENDING, chat_id, article_id, DeliveryState.PENDING],
        ).rowcount
        if not claimed:
            return None
        notification = _notification(db, chat_id, article_id)
        if notification is None:
            _settle(db, chat_id, [article_id], DeliveryState.FAILED, "no longer matches")
    return notification


def mark_sent(db: Database, chat_id: int, article_id: int) -> None:
    """The notification went out."""
    mark_all_sent(db, chat_id, [article_id])


def mark_failed(db: Database, chat_id: int, article_id: int, error: str) -> None:
    """The notification cannot be sent (or may have been): never try it again."""
    mark_all_failed(db, chat_id, [article_id], error)


def retry_later(db: Database, chat_id: int, article_id: int, error: str) -> None:
    """The notification surely did not go out: send it next round, up to MAX_ATTEMPTS."""
    retry_all_later(db, chat_id, [article_id], error)


def mark_all_sent(db: Database, chat_id: int, article_ids: Iterable[int]) -> None:
    """The message telling of these articles (a digest) went out."""
    _settle(db, chat_id, article_ids, DeliveryState.SENT, None)


def mark_all_failed(db: Database, chat_id: int, article_ids: Iterable[int], error: str) -> None:
    """The message telling of these articles cannot be sent (or may have been): never again."""
    _settle(db, chat_id, article_ids, DeliveryState.FAILED, error)


def retry_all_later(db: Database, chat_id: int, article_ids: Iterable[int], error: str) -> None:
    """The message telling of these articles surely did not go out: next round, up to
    MAX_ATTEMPTS."""
    # Only a claimed delivery goes back: one already sent (say, to the chat's new id after a
    # migration) must stay sent.
    db.execute(
        "UPDATE deliveries SET state = CASE WHEN attempts >= ? THEN ? ELSE ? END, error = ? "
        f"WHERE chat_id = ? AND article_id IN ({_EACH}) AND state = ?",
        [
            MAX_ATTEMPTS,
            DeliveryState.FAILED,
            DeliveryState.PENDING,
            error,
            chat_id,
            json.dumps(list(article_ids)),
            DeliveryState.SENDING,
        ],
    )


# --- matching ------------------------------------------------------------------------------


def _matching_articles(db: Database, follow: Follow, after: int, upto: int) -> list[int]:
    if follow.kind == FollowKind.SPEAKER:
        ids = speaker_ids(db, follow.query)
        sql = (
            f"SELECT DISTINCT article_id FROM quotes WHERE speaker_id IN ({placeholders(ids)}) "
            "AND article_id > ? AND article_id <= ? ORDER BY article_id"
        )
        return [row[0] for row in db.execute(sql, [*ids, after, upto])]
    # New articles' paragraphs have the newest ids: bounding the FTS rowid keeps the match
    # from walking the whole index every round. FIRST_PARAGRAPH reads the few new ones.
    first = db.execute(FIRST_PARAGRAPH, [after + 1]).fetchone()
    if first[0] is None:
        return []
    sql = (
        "SELECT DISTINCT p.article_id FROM {index} f JOIN paragraphs p ON p.id = f.rowid "
        "WHERE {index} MATCH ? AND f.rowid >= ? AND p.article_id > ? AND p.article_id <= ?"
    )
    found = {
        row[0]
        for index, match in words_match(follow.query)
        for row in db.execute(sql.format(index=index), [match, first[0], after, upto])
    }
    return sorted(found)


def _notification(db: Database, chat_id: int, article_id: int) -> Notification | None:
    rows = db.query(
        "SELECT f.id, f.chat_id, f.kind, f.query, f.thread_id, f.created_by, a.title, a.source, "
        "a.published, a.url FROM deliveries d JOIN follows f ON f.id = d.follow_id "
        "JOIN articles a ON a.id = d.article_id WHERE d.chat_id = ? AND d.article_id = ?",
        [chat_id, article_id],
    )
    row = next(rows, None)
    if row is None:
        return None
    follow = Follow.from_row(row)
    snippets = _snippets(db, follow, article_id)
    if not snippets:
        return None
    return Notification(
        chat_id=chat_id,
        follow=follow,
        article_id=article_id,
        title=row["title"],
        source=row["source"],
        published=row["published"],
        url=row["url"],
        snippets=snippets,
    )


def _snippets(db: Database, follow: Follow, article_id: int) -> tuple[Snippet, ...]:
    if follow.kind == FollowKind.SPEAKER:
        ids = speaker_ids(db, follow.query)
        sql = (
            "SELECT q.text, p.text AS paragraph, q.speaker, q.role, q.kind, q.how, q.confidence "
            "FROM quotes q "
            "LEFT JOIN paragraphs p ON p.id = q.paragraph_id "
            f"WHERE q.article_id = ? AND q.speaker_id IN ({placeholders(ids)}) "
            "ORDER BY q.position LIMIT ?"
        )
        rows = list(db.query(sql, [article_id, *ids, MAX_SNIPPETS]))
        hows = [AttributionHow(row["how"]) if row["how"] else None for row in rows]
        credits = [
            Credit(article_id, row["speaker"], how, row["paragraph"])
            for row, how in zip(rows, hows, strict=True)
        ]
        # Hedged as every answer hedges them (store/search/namesakes.py).
        marks = namesakes(db, credits)
        return tuple(
            Snippet(
                text=row["text"],
                paragraph=row["paragraph"],
                speaker=row["speaker"],
                role=row["role"],
                quote_kind=QuoteKind(row["kind"]),
                how=how,
                confidence=row["confidence"],
                namesake=mark,
            )
            for row, how, mark in zip(rows, hows, marks, strict=True)
        )
    sql = (
        "SELECT p.position, p.text FROM paragraphs p JOIN {index} f ON f.rowid = p.id "
        "WHERE p.article_id = ? AND {index} MATCH ? ORDER BY p.position LIMIT ?"
    )
    # By position: a paragraph both indexes hold (an English one with Cyrillic) is one.
    found = {
        position: text
        for index, match in words_match(follow.query)
        for position, text in db.execute(sql.format(index=index), [article_id, match, MAX_SNIPPETS])
    }
    return tuple(Snippet(found[position]) for position in sorted(found)[:MAX_SNIPPETS])


def _settle(
    db: Database, chat_id: int, article_ids: Iterable[int], state: str, error: str | None
) -> None:
    db.execute(
        "UPDATE deliveries SET state = ?, error = ?, sent_at = CASE WHEN ? = 'sent' THEN ? END "
        f"WHERE chat_id = ? AND article_id IN ({_EACH})",
        [state, error, state, stamp(), chat_id, json.dumps(list(article_ids))],
    )


# Ids as one JSON array parameter: a digest settles thousands, past SQLite's variable limit.
_EACH = "SELECT value FROM json_each(?)"


# The lowest paragraph id of the articles from an id on. "+id": plain min(id) walks the
# table from its first row until one qualifies (17 ms at 80,000 paragraphs when the articles
# asked for are the newest, as they are here); this reads their index entries only (<1 ms).
FIRST_PARAGRAPH = "SELECT min(+id) FROM paragraphs WHERE article_id >= ?"

# The columns a Follow is built from.
FOLLOW_COLUMNS = "id, chat_id, kind, query, thread_id, created_by"
_TOP = "SELECT coalesce(max(id), 0) FROM articles"


def _top_article_id(db: Database) -> int:
    return int(db.execute(_TOP).fetchone()[0])
