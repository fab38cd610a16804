"""What the store holds, for `newsbot stats` and /stats."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from store.db import NEWEST_FIRST, date_rank


@dataclass(frozen=True)
class StoreStats:
    """Counts and the newest dated article (None when no article has a date)."""

    articles: int
    paragraphs: int
    quotes: int
    speakers: int
    newest_title: str | None
    newest_published: str | None
    db_bytes: int


def store_stats(db: Database, path: str | Path | None = None) -> StoreStats:
    """Counts of everything stored, the newest article, and the file size on disk."""

    def count(table: str) -> int:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # The first article in the newest-first order, if it has a date: an undated one only
    # tells when we read it, never that it is new (and dated ones come first).
    newest = db.execute(
        f"SELECT title, published FROM articles WHERE {date_rank()} > 0 "
        f"ORDER BY {NEWEST_FIRST} LIMIT 1"
    ).fetchone()
    return StoreStats(
        articles=count("articles"),
        paragraphs=count("paragraphs"),
        quotes=count("quotes"),
        speakers=count("speakers"),
        newest_title=newest[0] if newest else None,
        newest_published=newest[1] if newest else None,
        db_bytes=_file_bytes(path),
    )


def _file_bytes(path: str | Path | None) -> int:
    if path is None or str(path) == ":memory:":
        return 0
    total = 0
    for suffix in ("", "-wal"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            total += candidate.stat().st_size
    return total
