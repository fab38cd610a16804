"""People an article names but never quotes: "mentioned, not quoted" instead of "unknown"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from store.db import newest_first
from store.search.paragraphs import snippet
from store.search.records import Match, MatchKind, text_or_none
from store.search.tokens import words

MAX_SHOWN = 3  # articles whose paragraph naming the person is shown


@dataclass(frozen=True)
class Mentioned:
    """Where someone who is never quoted is named: how many articles, and the newest ones."""

    articles: int
    where: tuple[Match, ...]  # the paragraph naming them, newest article first


def mentioned(db: Database, name: str) -> Mentioned | None:
    """The articles that name `name` (any name form, any case) without quoting them."""
    rows = db.execute(
        "SELECT DISTINCT a.id, a.title, a.source, a.published, a.url FROM mentions m "
        f"JOIN articles a ON a.id = m.article_id WHERE m.name = ? ORDER BY {newest_first('a')}",
        [name],
    ).fetchall()
    if not rows:
        return None
    shown = [match for row in rows[:MAX_SHOWN] if (match := _naming(db, row, name))]
    return Mentioned(len(rows), tuple(shown))


def _naming(db: Database, article: tuple[object, ...], name: str) -> Match | None:
    """The first paragraph of an article that holds the name, as a search match."""
    article_id, title, source, published, url = article
    found = db.execute(
        "SELECT id, text FROM paragraphs WHERE article_id = ? AND instr(lower(text), lower(?)) "
        "ORDER BY position LIMIT 1",
        [article_id, name],
    ).fetchone()
    if found is None:
        return None
    text = str(found[1])
    return Match(
        kind=MatchKind.PARAGRAPH,
        row_id=int(found[0]),
        text=text,
        snippet=snippet(text, set(words(name))),
        score=100.0,
        article_id=int(str(article_id)),
        title=str(title),
        source=text_or_none(source),
        published=text_or_none(published),
        url=text_or_none(url),
    )
