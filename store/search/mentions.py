"""People an article names but never quotes: "mentioned, not quoted" instead of "unknown"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from store.db import newest_first
from store.search.paragraphs import snippet
from store.search.records import PARAGRAPH_ROWS, Match, paragraph_match
from store.search.tokens import words

MAX_SHOWN = 3  # articles whose paragraph naming the person is shown


@dataclass(frozen=True)
class Mentioned:
    """Where someone who is never quoted is named: how many articles, and the newest ones."""

    articles: int
    where: tuple[Match, ...]  # the paragraph naming them, newest article first


def mentioned(db: Database, name: str) -> Mentioned | None:
    """The articles that name `name` (any name form, any case) without quoting them."""
    article_ids = [
        int(article_id)
        for (article_id,) in db.execute(
            "SELECT DISTINCT a.id FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE m.name = ? ORDER BY {newest_first('a')}",
            [name],
        )
    ]
    if not article_ids:
        return None
    shown = [found for aid in article_ids[:MAX_SHOWN] if (found := _naming(db, aid, name))]
    return Mentioned(len(article_ids), tuple(shown))


def _naming(db: Database, article_id: int, name: str) -> Match | None:
    """The first paragraph of an article that holds the name, as a search match."""
    row = db.execute(
        PARAGRAPH_ROWS + "WHERE p.article_id = ? AND instr(lower(p.text), lower(?)) "
        "ORDER BY p.position LIMIT 1",
        [article_id, name],
    ).fetchone()
    if row is None:
        return None
    return paragraph_match(row, snippet(str(row[1]), set(words(name))), 100.0)
