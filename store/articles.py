"""Saving and loading articles with their quotes: one transaction per article, idempotent.

Quote extraction happens before saving (store.ingest): saving only writes what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from store.clock import stamp
from store.db import write_transaction
from store.models import Article, Attribution, SaveStatus, Speaker

_Row = dict[str, Any]


@dataclass(frozen=True)
class SaveResult:
    """What storing one article did."""

    status: SaveStatus  # added, updated or unchanged
    article_id: int


def unchanged_article(db: Database, article: Article) -> SaveResult | None:
    """The stored copy when the article is already stored as it is (a link it lacked is
    added), else None: such an article needs no quote extraction and no write."""
    existing = _find_existing(db, article, article.content_hash)
    if existing is None or existing["content_hash"] != article.content_hash:
        return None
    if article.url and not existing["url"]:
        with db.atomic():
            db.execute("UPDATE articles SET url = ? WHERE id = ?", [article.url, existing["id"]])
    return SaveResult(SaveStatus.UNCHANGED, existing["id"])


def stored_article(db: Database, url: str) -> SaveResult | None:
    """The article stored from `url`, as a result that left it unchanged; None if there is none."""
    row = _one(db, "SELECT id FROM articles WHERE url = ?", [url])
    return None if row is None else SaveResult(SaveStatus.UNCHANGED, row["id"])


def save_article(db: Database, article: Article, attribution: Attribution) -> SaveResult:
    """Store an article with the quotes extracted from it: added, updated in place, or left
    unchanged when the same content is stored already."""
    unchanged = unchanged_article(db, article)
    if unchanged is not None:
        return unchanged
    content_hash = article.content_hash
    existing = _find_existing(db, article, content_hash)
    # sqlite-utils reads (the schema, a speaker) before it writes: take the lock first.
    with write_transaction(db):
        if existing is None:
            article_id = _insert_article_row(db, article, content_hash)
            status = SaveStatus.ADDED
        else:
            article_id = existing["id"]
            _replace_article_row(db, article_id, article, content_hash)
            status = SaveStatus.UPDATED
        paragraph_ids = _insert_paragraphs(db, article_id, article.paragraphs)
        _insert_attribution(db, article_id, paragraph_ids, attribution)
    return SaveResult(status, article_id)


def article_ids(db: Database) -> list[int]:
    """Every stored article's id, oldest first."""
    return [row["id"] for row in db.query("SELECT id FROM articles ORDER BY id")]


def replace_attribution(db: Database, article_id: int, attribution: Attribution) -> None:
    """Put a stored article's quotes and speaker names anew (after re-extraction)."""
    with db.atomic():
        db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM speaker_names WHERE article_id = ?", [article_id])
        _insert_attribution(db, article_id, _paragraph_ids(db, article_id), attribution)


def drop_unquoted_speakers(db: Database) -> None:
    """Forget speakers no quote and no article names any more."""
    db.execute(
        "DELETE FROM speakers WHERE id NOT IN (SELECT speaker_id FROM quotes "
        "WHERE speaker_id IS NOT NULL UNION SELECT speaker_id FROM speaker_names)"
    )


def load_article(db: Database, article_id: int) -> Article:
    """A stored article as the record it was saved from."""
    row = _one(
        db,
        "SELECT title, subtitle, source, published, place, url, author FROM articles WHERE id = ?",
        [article_id],
    )
    if row is None:
        raise KeyError(article_id)
    paragraphs = tuple(
        row["text"]
        for row in db.query(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
        )
    )
    return Article(paragraphs=paragraphs, **row)


def _find_existing(db: Database, article: Article, content_hash: str) -> _Row | None:
    if article.url:
        row = _one(db, "SELECT id, url, content_hash FROM articles WHERE url = ?", [article.url])
        if row is not None:
            return row
    return _one(
        db, "SELECT id, url, content_hash FROM articles WHERE content_hash = ?", [content_hash]
    )


def _one(db: Database, sql: str, params: list[object]) -> _Row | None:
    return next(db.query(sql, params), None)


def _paragraph_ids(db: Database, article_id: int) -> list[int]:
    """The ids of an article's paragraphs, in their order (index = Quote.paragraph)."""
    sql = "SELECT id FROM paragraphs WHERE article_id = ? ORDER BY position"
    return [row["id"] for row in db.query(sql, [article_id])]


def _article_columns(article: Article, content_hash: str) -> dict[str, object]:
    return {
        "url": article.url,
        "content_hash": content_hash,
        "title": article.title,
        "subtitle": article.subtitle,
        "source": article.source,
        "published": article.published,
        "place": article.place,
        "author": article.author,
        "ingested_at": stamp(),
    }


def _insert_article_row(db: Database, article: Article, content_hash: str) -> int:
    inserted = db.table("articles").insert(_article_columns(article, content_hash))
    assert inserted.last_pk is not None
    return int(inserted.last_pk)


def _replace_article_row(
    db: Database, article_id: int, article: Article, content_hash: str
) -> None:
    # Paragraphs and quotes go; cascades keep the FTS indexes in step through triggers.
    db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM speaker_names WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM paragraphs WHERE article_id = ?", [article_id])
    columns = _article_columns(article, content_hash)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*columns.values(), article_id])


def _insert_paragraphs(db: Database, article_id: int, paragraphs: tuple[str, ...]) -> list[int]:
    rows = [
        {"article_id": article_id, "position": position, "text": text}
        for position, text in enumerate(paragraphs)
    ]
    db.table("paragraphs").insert_all(rows)
    return _paragraph_ids(db, article_id)


def _speaker_id(db: Database, speaker: Speaker) -> int:
    # What `table.lookup` does, without the schema reads it makes on every call (30 times
    # the cost of this SELECT, once per speaker of every article stored).
    # speakers.name is COLLATE NOCASE: "putin" finds "Putin"; the kind is only for a new row.
    row = _one(db, "SELECT id FROM speakers WHERE name = ?", [speaker.name])
    if row is not None:
        return int(row["id"])
    inserted = db.table("speakers").insert({"name": speaker.name, "kind": speaker.kind})
    assert inserted.last_pk is not None
    return int(inserted.last_pk)


def _insert_attribution(
    db: Database, article_id: int, paragraph_ids: list[int], attribution: Attribution
) -> None:
    speaker_ids: dict[str, int] = {}
    names: list[_Row] = []
    for speaker in attribution.speakers:
        speaker_id = _speaker_id(db, speaker)
        speaker_ids[speaker.name.casefold()] = speaker_id
        names += [
            {"speaker_id": speaker_id, "article_id": article_id, "name": name}
            for name in {speaker.name, *speaker.names}
        ]
    # executemany, not insert_all: sqlite-utils' per-value work on every quote of every
    # article cost about 15 % more time saving it (measured); the rows are the same dicts.
    db.conn.executemany(
        "INSERT OR IGNORE INTO speaker_names (speaker_id, article_id, name) "
        "VALUES (:speaker_id, :article_id, :name)",
        names,
    )
    quotes: list[_Row] = []
    for position, quote in enumerate(attribution.quotes):
        if quote.speaker and quote.speaker.casefold() not in speaker_ids:
            speaker_ids[quote.speaker.casefold()] = _speaker_id(db, Speaker(quote.speaker))
        quotes.append(
            {
                "article_id": article_id,
                "paragraph_id": None if quote.paragraph is None else paragraph_ids[quote.paragraph],
                "position": position,
                "text": quote.text,
                "speaker_id": speaker_ids.get(quote.speaker.casefold()) if quote.speaker else None,
                "speaker": quote.speaker,
                "role": quote.role,
                "cue": quote.cue,
                "kind": quote.kind,
                "start": quote.start,
                "end": quote.end,
                "how": quote.how,
                "confidence": quote.confidence if quote.how else None,
            }
        )
    db.conn.executemany(
        "INSERT INTO quotes (article_id, paragraph_id, position, text, speaker_id, speaker, "
        'role, cue, kind, start, "end", how, confidence) VALUES (:article_id, :paragraph_id, '
        ":position, :text, :speaker_id, :speaker, :role, :cue, :kind, :start, :end, :how, "
        ":confidence)",
        quotes,
    )
