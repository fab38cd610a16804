"""Saving and loading articles with their quotes: one transaction per article, idempotent.

Quote extraction happens before saving (store.ingest): saving only writes what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from store.clock import stamp
from store.models import Article, Attribution, Speaker

ADDED, UPDATED, UNCHANGED = "added", "updated", "unchanged"


@dataclass(frozen=True)
class SaveResult:
    """What storing one article did."""

    status: str  # added, updated or unchanged
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
    return SaveResult(UNCHANGED, existing["id"])


def save_article(db: Database, article: Article, attribution: Attribution) -> SaveResult:
    """Store an article with the quotes extracted from it: added, updated in place, or left
    unchanged when the same content is stored already."""
    unchanged = unchanged_article(db, article)
    if unchanged is not None:
        return unchanged
    content_hash = article.content_hash
    existing = _find_existing(db, article, content_hash)
    with db.atomic():
        if existing is None:
            article_id = _insert_article_row(db, article, content_hash)
            status = ADDED
        else:
            article_id = existing["id"]
            _replace_article_row(db, article_id, article, content_hash)
            status = UPDATED
        paragraph_ids = _insert_paragraphs(db, article_id, article.paragraphs)
        _insert_attribution(db, article_id, paragraph_ids, attribution)
    return SaveResult(status, article_id)


def article_ids(db: Database) -> list[int]:
    """Every stored article's id, oldest first."""
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]


def replace_attribution(db: Database, article_id: int, attribution: Attribution) -> None:
    """Put a stored article's quotes and speaker names anew (after re-extraction)."""
    with db.atomic():
        db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM speaker_names WHERE article_id = ?", [article_id])
        paragraph_ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
            )
        ]
        _insert_attribution(db, article_id, paragraph_ids, attribution)


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
        text
        for (text,) in db.execute(
            "SELECT text FROM paragraphs WHERE article_id = ? ORDER BY position", [article_id]
        )
    )
    return Article(paragraphs=paragraphs, **row)


def _find_existing(db: Database, article: Article, content_hash: str) -> dict | None:  # type: ignore[type-arg]
    if article.url:
        row = _one(db, "SELECT id, url, content_hash FROM articles WHERE url = ?", [article.url])
        if row is not None:
            return row
    return _one(
        db, "SELECT id, url, content_hash FROM articles WHERE content_hash = ?", [content_hash]
    )


def _one(db: Database, sql: str, params: list[object]) -> dict | None:  # type: ignore[type-arg]
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cursor.description], row, strict=True))


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
    columns = _article_columns(article, content_hash)
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    cursor = db.execute(f"INSERT INTO articles ({names}) VALUES ({marks})", list(columns.values()))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


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
    ids = []
    for position, text in enumerate(paragraphs):
        cursor = db.execute(
            "INSERT INTO paragraphs (article_id, position, text) VALUES (?, ?, ?)",
            [article_id, position, text],
        )
        assert cursor.lastrowid is not None
        ids.append(cursor.lastrowid)
    return ids


def _speaker_id(db: Database, speaker: Speaker) -> int:
    row = _one(db, "SELECT id FROM speakers WHERE name = ?", [speaker.name])
    if row is not None:
        return int(row["id"])
    cursor = db.execute(
        "INSERT INTO speakers (name, kind) VALUES (?, ?)", [speaker.name, speaker.kind]
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _insert_attribution(
    db: Database, article_id: int, paragraph_ids: list[int], attribution: Attribution
) -> None:
    speaker_ids: dict[str, int] = {}
    for speaker in attribution.speakers:
        speaker_id = _speaker_id(db, speaker)
        speaker_ids[speaker.name.casefold()] = speaker_id
        for name in {speaker.name, *speaker.names}:
            db.execute(
                "INSERT OR IGNORE INTO speaker_names (speaker_id, article_id, name) "
                "VALUES (?, ?, ?)",
                [speaker_id, article_id, name],
            )
    for position, quote in enumerate(attribution.quotes):
        if quote.speaker and quote.speaker.casefold() not in speaker_ids:
            speaker_ids[quote.speaker.casefold()] = _speaker_id(db, Speaker(quote.speaker))
        paragraph_id = None if quote.paragraph is None else paragraph_ids[quote.paragraph]
        db.execute(
            "INSERT INTO quotes (article_id, paragraph_id, position, text, speaker_id, speaker, "
            'role, cue, kind, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                article_id,
                paragraph_id,
                position,
                quote.text,
                speaker_ids.get(quote.speaker.casefold()) if quote.speaker else None,
                quote.speaker,
                quote.role,
                quote.cue,
                quote.kind,
                quote.start,
                quote.end,
            ],
        )
