"""Saving and loading articles with their quotes: whole articles per transaction, idempotent.

Quote extraction happens before saving (store.ingest): saving only writes what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from store.article_rows import (
    PARAGRAPH_COLUMNS,
    ROWS_PER_INSERT,
    AttributionRows,
    index_paragraphs_as,
    insert_rows,
    paragraph_rows,
)
from store.clock import stamp
from store.db import placeholders, write_transaction
from store.errors import StoreError
from store.models import Article, Attribution, SaveStatus
from store.quotes.ru.language import article_language
from store.search.stems import sync_stems
from store.search.terms import fold_new_terms

_Row = dict[str, Any]


@dataclass(frozen=True)
class SaveResult:
    """What storing one article did."""

    status: SaveStatus  # added, updated or unchanged
    article_id: int


def unchanged_article(db: Database, article: Article) -> SaveResult | None:
    """The stored copy when the article is already stored as it is (a link it lacked is
    added), else None: such an article needs no quote extraction and no write."""
    content_hash = article.content_hash
    existing = _find_existing(db, article, content_hash)
    if existing is None or existing["content_hash"] != content_hash:
        return None
    return _unchanged(db, article, existing)


def _unchanged(db: Database, article: Article, existing: _Row) -> SaveResult:
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
    content_hash = article.content_hash
    existing = _find_existing(db, article, content_hash)
    if existing is not None and existing["content_hash"] == content_hash:
        return _unchanged(db, article, existing)
    # One transaction per article (a crash never leaves half of one); BEGIN IMMEDIATE takes
    # the lock before anything is read inside it.
    with write_transaction(db):
        saved = _write_article(db, article, attribution, content_hash, existing)
        _fold_new_rows(db)
    return saved


def _write_article(
    db: Database,
    article: Article,
    attribution: Attribution,
    content_hash: str,
    existing: _Row | None,
) -> SaveResult:
    """The article's rows, inside a transaction open already; its terms are not folded yet."""
    language = str(article_language(article))
    if existing is None:
        article_id = _insert_article_row(db, article, content_hash, language)
        status = SaveStatus.ADDED
    else:
        article_id = existing["id"]
        _replace_article_row(db, article_id, article, content_hash, language)
        status = SaveStatus.UPDATED
    paragraph_ids = _insert_paragraphs(db, article_id, article.paragraphs, language)
    _insert_attribution(db, article_id, paragraph_ids, attribution, language)
    return SaveResult(status, article_id)


def _fold_new_rows(db: Database) -> None:
    """Count the terms of the rows this transaction stored, and stem its Russian ones.

    In the transaction that stored them: a reader (the bot answering) then never finds rows
    whose terms are not counted, and never writes to count them (store.search.terms)."""
    fold_new_terms(db)
    # The stemmed index in step on save, so a Russian search only reads (an English article
    # queued no rows to stem: this is one look at an empty queue).
    sync_stems(db)


class ArticleGroup:
    """Articles stored in one write transaction, each in a savepoint of its own.

    An article whose rows fail is undone alone and the others go on; the terms and stems of
    all of them are folded once, at the end, which was most of what a transaction per
    article cost. New articles are first tried all together (`save_new`: a statement a
    table for the lot), then, if that cannot be, one by one (`save`). Use
    `with ArticleGroup(db) as group:` — leaving the block normally folds and commits, by an
    exception rolls every article back (a crash leaves whole articles).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.folded = False
        self.saved = 0  # articles saved in this transaction so far

    def __enter__(self) -> ArticleGroup:
        self.db.execute("BEGIN IMMEDIATE")  # the lock before anything is read, as save_article
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None or self.lost:
            self.roll_back()
            return
        try:
            self.fold()
            self.db.execute("COMMIT")
        except BaseException:
            self.roll_back()
            raise

    @property
    def lost(self) -> bool:
        """True once an error ended the whole transaction (a RAISE(ROLLBACK), a full disk):
        the articles saved before it are gone with it."""
        return not self.db.conn.in_transaction

    def save(self, article: Article, attribution: Attribution) -> SaveResult:
        """Store one article as save_article does; on an error its rows are undone (the
        group's others kept, unless the group is `lost`) and the error is raised."""
        content_hash = article.content_hash
        self._in_transaction()
        self.db.execute("SAVEPOINT article")
        try:
            existing = _find_existing(self.db, article, content_hash)
            if existing is not None and existing["content_hash"] == content_hash:
                saved = _unchanged(self.db, article, existing)
            else:
                saved = _write_article(self.db, article, attribution, content_hash, existing)
        except BaseException:
            if not self.lost:
                self._undo("article")
            raise
        self.db.execute("RELEASE article")
        self.saved += 1
        return saved

    def save_new(self, items: list[tuple[Article, Attribution]]) -> list[SaveResult] | None:
        """Store articles none of which is stored yet, the rows of all of them a statement
        per table (chunked): an FTS5 index writes a segment at the end of every statement,
        and a statement an article made one an article, which the automerge then folded
        (paragraphs: 0.55x the time). The rows, and their ids, are those `save` gives one
        article after another. None, with nothing written, when one of them is stored
        already (or two are one) or any row fails: `save` each then, as ever."""
        self._in_transaction()
        self.db.execute("SAVEPOINT articles")
        try:
            saved = _write_new_articles(self.db, items)
        except Exception as error:
            if self.lost:
                self._in_transaction(error)
            else:
                self._undo("articles")
            return None
        except BaseException:
            if not self.lost:
                self._undo("articles")
            raise
        self.db.execute("RELEASE articles")
        self.saved += len(saved or ())
        return saved

    def _in_transaction(self, error: Exception | None = None) -> None:
        """Begin anew when an error ended the transaction before anything was saved in it;
        after a save, refuse: those articles went with it, and a new transaction would tell
        them stored (and hand their ids to the next ones)."""
        if not self.lost:
            return
        if self.saved:
            raise StoreError(
                f"the group's transaction was lost with the {self.saved} article(s) saved in it"
            ) from error
        self.db.execute("BEGIN IMMEDIATE")

    def _undo(self, savepoint: str) -> None:
        """Undo what was written since the savepoint, and close it: the group goes on."""
        self.db.execute(f"ROLLBACK TO {savepoint}")
        self.db.execute(f"RELEASE {savepoint}")

    def fold(self) -> None:
        """Count the terms of every row the group stored (and stem the Russian ones) now,
        rather than at commit: after this only COMMIT is left to fail."""
        if not self.folded:
            _fold_new_rows(self.db)
            self.folded = True

    def roll_back(self) -> None:
        """Undo every article of the group (leaving the block then commits nothing)."""
        if not self.lost:  # some errors have rolled it back already
            self.db.execute("ROLLBACK")


def _write_new_articles(
    db: Database, items: list[tuple[Article, Attribution]]
) -> list[SaveResult] | None:
    hashes = [article.content_hash for article, _ in items]
    urls = [article.url for article, _ in items if article.url]
    if len(set(hashes)) < len(hashes) or len(set(urls)) < len(urls):
        return None  # the second of two would be found stored: one after the other
    if _any_stored(db, hashes, urls):
        return None
    languages = [str(article_language(article)) for article, _ in items]
    ids = [
        _insert_article_row(db, a, h, language)
        for (a, _), h, language in zip(items, hashes, languages, strict=True)
    ]
    paragraphs = [
        row
        for article_id, (article, _), language in zip(ids, items, languages, strict=True)
        for row in paragraph_rows(article_id, article.paragraphs, language)
    ]
    insert_rows(db, "paragraphs", PARAGRAPH_COLUMNS, paragraphs)
    paragraph_ids = _paragraph_ids_of(db, ids)
    rows = AttributionRows()
    for article_id, (_, attribution), language in zip(ids, items, languages, strict=True):
        rows.add(db, article_id, paragraph_ids.get(article_id, []), attribution, language)
    rows.insert(db)
    return [SaveResult(SaveStatus.ADDED, article_id) for article_id in ids]


def _any_stored(db: Database, hashes: list[str], urls: list[str]) -> bool:
    """Whether _find_existing would find any of these articles (by content or by link), in
    a query or two rather than one or two an article."""
    for start in range(0, max(len(hashes), len(urls)), ROWS_PER_INSERT):
        some_hashes = hashes[start : start + ROWS_PER_INSERT]
        some_urls = urls[start : start + ROWS_PER_INSERT]
        sql = (
            f"SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash IN "
            f"({placeholders(some_hashes)}) OR url IN ({placeholders(some_urls)}))"
        )
        if db.execute(sql, [*some_hashes, *some_urls]).fetchone()[0]:
            return True
    return False


def _paragraph_ids_of(db: Database, article_ids: list[int]) -> dict[int, list[int]]:
    """_paragraph_ids of each article, in one query."""
    found: dict[int, list[int]] = {}
    sql = (
        f"SELECT article_id, id FROM paragraphs WHERE article_id IN ({placeholders(article_ids)}) "
        "ORDER BY article_id, position"
    )
    for article_id, paragraph_id in db.execute(sql, article_ids):
        found.setdefault(article_id, []).append(paragraph_id)
    return found


def article_ids(db: Database) -> list[int]:
    """Every stored article's id, oldest first."""
    return [row["id"] for row in db.query("SELECT id FROM articles ORDER BY id")]


def replace_attribution(db: Database, article_id: int, attribution: Attribution) -> None:
    """Put a stored article's quotes and speaker names anew (after re-extraction), and its
    language as its text says (a Russian article stored before m010 was labelled "en")."""
    language = str(article_language(load_article(db, article_id)))
    with db.atomic():
        db.execute("UPDATE articles SET language = ? WHERE id = ?", [language, article_id])
        db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM speaker_names WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        index_paragraphs_as(db, article_id, language)
        _insert_attribution(db, article_id, _paragraph_ids(db, article_id), attribution, language)
        fold_new_terms(db)  # as save_article does
        sync_stems(db)


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
        "SELECT title, subtitle, source, published, place, url, author, language FROM articles "
        "WHERE id = ?",
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
    """The first row as a dict; read with execute, not db.query, which wraps every SELECT
    in a savepoint of its own (two more statements an article looked up, twice an article
    in ingest) to undo writes a SELECT never makes."""
    cursor = db.execute(sql, params)
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def _paragraph_ids(db: Database, article_id: int) -> list[int]:
    """The ids of an article's paragraphs, in their order (index = Quote.paragraph)."""
    sql = "SELECT id FROM paragraphs WHERE article_id = ? ORDER BY position"
    return [row["id"] for row in db.query(sql, [article_id])]


def _article_columns(article: Article, content_hash: str, language: str) -> dict[str, object]:
    return {
        "url": article.url,
        "content_hash": content_hash,
        "title": article.title,
        "subtitle": article.subtitle,
        "source": article.source,
        "published": article.published,
        "place": article.place,
        "author": article.author,
        "language": language,
        "ingested_at": stamp(),
    }


def _insert_article_row(db: Database, article: Article, content_hash: str, language: str) -> int:
    columns = _article_columns(article, content_hash, language)
    sql = f"INSERT INTO articles ({', '.join(columns)}) VALUES ({placeholders(columns)})"
    article_id = db.conn.execute(sql, list(columns.values())).lastrowid
    assert article_id is not None
    return article_id


def _replace_article_row(
    db: Database, article_id: int, article: Article, content_hash: str, language: str
) -> None:
    # Paragraphs and quotes go; cascades keep the FTS indexes in step through triggers.
    db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM speaker_names WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM paragraphs WHERE article_id = ?", [article_id])
    columns = _article_columns(article, content_hash, language)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*columns.values(), article_id])


def _insert_paragraphs(
    db: Database, article_id: int, paragraphs: tuple[str, ...], language: str
) -> list[int]:
    rows = paragraph_rows(article_id, paragraphs, language)
    insert_rows(db, "paragraphs", PARAGRAPH_COLUMNS, rows)
    return _paragraph_ids(db, article_id)


def _insert_attribution(
    db: Database, article_id: int, paragraph_ids: list[int], attribution: Attribution, lang: str
) -> None:
    rows = AttributionRows()
    rows.add(db, article_id, paragraph_ids, attribution, lang)
    rows.insert(db)
