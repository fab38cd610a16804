"""Lists: the newest articles, a random quote, the speakers quoted most."""

from __future__ import annotations

import itertools
import weakref

from sqlite_utils import Database

from store.db import NEWEST_FIRST, placeholders
from store.search.namesakes import with_namesakes
from store.search.records import QUOTE_ROWS, ArticleRow, Match, quote_match


def latest_articles(db: Database, *, limit: int, offset: int = 0) -> list[ArticleRow]:
    """The newest articles, newest first."""
    rows = db.query(
        f"SELECT id, title, source, published, url FROM articles ORDER BY {NEWEST_FIRST} "
        "LIMIT ? OFFSET ?",
        [limit, offset],
    )
    return [ArticleRow(**row) for row in rows]


def random_quote(db: Database, *, recent: int = 50, language: str = "") -> Match | None:
    """A quote picked at random from the newest articles: from an article in `language`
    ("en", "ru": the reply's) where there is one, and then, where there is one, a whole
    statement (direct, six words or more) with a known speaker, not a scare quote. The
    language comes first: a Russian reader gets Russian words, even with no speaker named."""
    newest = [a.id for a in latest_articles(db, limit=recent)]
    if not newest:
        return None
    rows = db.execute(
        QUOTE_ROWS + f"WHERE q.article_id IN ({placeholders(newest)}) "
        "ORDER BY (? != '' AND a.language IS NOT ?), q.speaker_id IS NULL, q.kind != 'direct', "
        "length(q.text) - length(replace(q.text, ' ', '')) < 5, random() LIMIT 1",
        [*newest, language, language],
    ).fetchall()
    return with_namesakes(db, [quote_match(rows[0], 100.0)])[0] if rows else None


def known_speakers(db: Database, *, limit: int = 5, recent: int = 50) -> list[str]:
    """The speakers quoted most in the newest articles, for examples and honest no-match."""
    # Every miss names them: read again only once the store has changed, on this
    # connection (total_changes) or another (data_version), not on every question.
    version = (db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes)
    key = (limit, recent)
    cached = _known.get(db)
    if cached is None or cached[0] != version:
        cached = _known[db] = (version, {})
    if key not in cached[1]:
        cached[1][key] = _known_speakers(db, limit=limit, recent=recent)
    return list(cached[1][key])


_known: weakref.WeakKeyDictionary[
    Database, tuple[tuple[int, int], dict[tuple[int, int], list[str]]]
] = weakref.WeakKeyDictionary()


def _known_speakers(db: Database, *, limit: int, recent: int) -> list[str]:
    newest = [a.id for a in latest_articles(db, limit=recent)]
    if not newest:
        return []
    rows = db.execute(
        "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
        f"WHERE q.article_id IN ({placeholders(newest)}) "
        "GROUP BY s.id ORDER BY count(*) DESC, s.name",
        newest,
    )
    # Names, not descriptions: "a senior official" means someone else in every article.
    named = (str(name) for (name,) in rows if str(name)[:1].isupper())
    return list(itertools.islice(named, limit))
