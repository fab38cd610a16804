"""The writer of an ingest batch: articles ready to store, written a group per transaction.

A transaction per article spent most of its time around the article rather than in it:
folding its terms and stems into search_terms (an upsert of every word) and committing. A
group of up to GROUP_ARTICLES articles, or what GROUP_SECONDS gathered, is written in one
transaction, its new articles' rows a statement per table (else each article in a
savepoint of its own: store.articles.ArticleGroup), and its terms are folded once. Quotes
are extracted before the group's transaction begins, so the write lock is held only while
rows are written (a few milliseconds an article): the bot's own writes wait no longer than
that, and its reads (WAL) never wait.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from store.articles import ArticleGroup, SaveResult, unchanged_article
from store.errors import SourceError
from store.ingest.pool import Extract
from store.models import Article, Attribution, SaveStatus

log = logging.getLogger(__name__)

# An article, why a source gave none, or (polls only) the stored copy of a feed entry that
# was not read again.
Item = Article | SourceError | SaveResult

# Measured on the Russian fixtures (scripts/bench_quotes_ru.py): writing 8 articles a
# transaction took 0.8x the time of one each, 32 took 0.45x, 100 no less than 32. On varied
# copy (the benchmark's steady state, new words in every article) each group upserts the
# counts of every stem it holds, the common ones again each time: saving took 0.86x the
# time of 32 a group with 64, 0.79x with 128. 64 keeps the write lock under ~0.2 s.
GROUP_ARTICLES = 64
# And a group is written once its first article has waited this long, when the next item
# arrives (before any fetch, ingest writes what waits: store.ingest.batch._writing_first, so
# pages fetched one by one are stored, and told, as they come). It bounds only the wait, not
# the write lock (held while a group is written, 64 articles at most): at 0.2 s a busy
# machine (extraction at 30 ms an article) cut groups to six articles.
GROUP_SECONDS = 1.0


@dataclass(frozen=True)
class IngestResult:
    """What happened to one article (or to a source that yielded none)."""

    source: str
    status: SaveStatus
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None


@dataclass(frozen=True)
class _Waiting:
    """An item in line for its group: an article to write, or a result known already."""

    label: str
    article: Article | None = None
    attribution: Attribution | None = None
    result: IngestResult | None = None


class GroupWriter:
    """Items in source order, their articles written a group per transaction.

    Each result is told (`tell`) in source order once its group is written and folded, just
    before the group commits. When telling raises (Ctrl-C at a progress line), exactly the
    articles told so far are committed, as when each article had its own transaction.
    """

    def __init__(
        self,
        db: Database,
        tell: Callable[[IngestResult], None],
        *,
        articles: int = GROUP_ARTICLES,
        seconds: float = GROUP_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self.tell = tell
        self.articles = articles
        self.seconds = seconds
        self.clock = clock
        self.waiting: list[_Waiting] = []
        self.since = 0.0  # when the first article waiting came

    def add(self, label: str, item: Item, extract: Extract) -> None:
        """Put an item in line, extracting its quotes here unless it is stored as it is."""
        entry = _prepared(self.db, label, item, extract)
        if entry.article is None and not self.waiting:
            assert entry.result is not None
            self.tell(entry.result)  # nothing ahead of it: no need to wait
            return
        if not self.waiting:
            self.since = self.clock()
        self.waiting.append(entry)
        writes = sum(waiting.article is not None for waiting in self.waiting)
        if writes >= self.articles or self.clock() - self.since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Write and tell everything in line."""
        entries, self.waiting = self.waiting, []
        if entries:
            _write(self.db, entries, self.tell)


def known_result(label: str, item: SourceError | SaveResult) -> IngestResult:
    """The result of an item that is no article to store: a source that failed, or an
    article stored already (by the pool's unchanged check)."""
    if isinstance(item, SourceError):
        return IngestResult(label, SaveStatus.FAILED, str(item))
    return IngestResult(label, item.status, article_id=item.article_id)


def _prepared(db: Database, label: str, item: Item, extract: Extract) -> _Waiting:
    if not isinstance(item, Article):
        return _Waiting(label, result=known_result(label, item))
    try:
        stored = unchanged_article(db, item)  # an unchanged one costs a lookup, no extraction
        if stored is not None:
            return _Waiting(label, result=stored_result(label, item, stored))
        return _Waiting(label, item, extract(item))
    except Exception as error:  # one broken article must not stop the batch
        return _Waiting(label, result=failed_result(label, item, error))


def stored_result(label: str, article: Article, saved: SaveResult) -> IngestResult:
    """An article stored (added, updated or unchanged)."""
    return IngestResult(label, saved.status, article_id=saved.article_id, title=article.title)


def failed_result(label: str, article: Article, error: Exception) -> IngestResult:
    """An article that could not be stored; the error is logged with its traceback."""
    log.exception("could not store %s", label, exc_info=error)
    return IngestResult(label, SaveStatus.FAILED, f"could not store: {error}", title=article.title)


def _write(
    db: Database,
    entries: list[_Waiting],
    tell: Callable[[IngestResult], None],
    *,
    again: bool = False,
) -> None:
    """Write the entries' articles in one transaction and tell every result before it commits.

    An article whose error ended the whole transaction fails, and the group is written again
    without it; when folding the group's terms fails, each article is written alone, so
    only the one at fault fails. `again`: the results were told already (a group written
    anew after an interruption); any error is raised.
    """
    failed: dict[int, IngestResult] = {}
    while not _written(db, entries, failed, tell, again):
        pass  # an article's error ended the transaction: again, without it


def _written(
    db: Database,
    entries: list[_Waiting],
    failed: dict[int, IngestResult],
    tell: Callable[[IngestResult], None],
    again: bool,
) -> bool:
    told = 0
    telling = False
    try:
        with ArticleGroup(db) as group:
            results = _write_group(group, entries, failed)
            if results is None:
                return False
            fold_error = _fold_error(group)
            if fold_error is None:
                for result in results:
                    told, telling = told + 1, True  # told once handed over, even if it raises
                    tell(result)
                    telling = False
    except BaseException as error:
        if again:
            raise
        if told:
            # Ctrl-C at a progress line: keep exactly what was told, then stop. The commit
            # failed after every result was told: write them again, once.
            _write(db, entries[:told], _told_already, again=True)
            if telling or not isinstance(error, Exception):
                raise
            return True
        if not isinstance(error, Exception):
            raise  # Ctrl-C while the group was written: none of it stays
        # No transaction to write in (the lock not had within busy_timeout): every article
        # of the group fails, as each one alone did, and the batch goes on.
        for index, entry in enumerate(entries):
            tell(entry.result or failed.get(index) or _failed_entry(entry, error))
        return True
    if fold_error is not None:
        _fold_failed(db, entries, tell, fold_error, again=again)
    return True


def _failed_entry(entry: _Waiting, error: Exception) -> IngestResult:
    assert entry.article is not None  # an entry with no result has an article
    return failed_result(entry.label, entry.article, error)


def _fold_failed(
    db: Database,
    entries: list[_Waiting],
    tell: Callable[[IngestResult], None],
    error: Exception,
    *,
    again: bool,
) -> None:
    """After folding a group's terms failed (and it was rolled back): each article alone.
    Written `again` (told already), the failure is raised: it cannot be told any more."""
    if len(entries) > 1:
        for entry in entries:
            _write(db, [entry], tell, again=again)
        return
    if again:
        raise error
    tell(entries[0].result or _failed_entry(entries[0], error))


def _fold_error(group: ArticleGroup) -> Exception | None:
    """The error folding the group's terms raised, the group then rolled back; else None."""
    try:
        group.fold()
    except Exception as error:
        group.roll_back()
        return error
    return None


def _told_already(result: IngestResult) -> None:
    """Results written again after an interruption were told the first time."""


def _write_group(
    group: ArticleGroup, entries: list[_Waiting], failed: dict[int, IngestResult]
) -> list[IngestResult] | None:
    """Each entry's result, its article saved in the group; None when an article's error
    ended the transaction (that article is then in `failed`, to be left out next time)."""
    together = _saved_together(group, entries, failed)
    if together is not None:
        return together
    results = []
    for index, entry in enumerate(entries):
        if entry.result is not None or index in failed:
            results.append(entry.result or failed[index])
            continue
        assert entry.article is not None and entry.attribution is not None
        try:
            saved = group.save(entry.article, entry.attribution)
        except Exception as error:
            failed[index] = failed_result(entry.label, entry.article, error)
            if group.lost:
                return None
            results.append(failed[index])
            continue
        results.append(stored_result(entry.label, entry.article, saved))
    return results


def _saved_together(
    group: ArticleGroup, entries: list[_Waiting], failed: dict[int, IngestResult]
) -> list[IngestResult] | None:
    """Each entry's result, the group's articles (all new: the common case) written
    together (ArticleGroup.save_new); None when they were not, to be saved one by one."""
    if failed:
        return None  # written anew after an error: one by one, as the first time
    writes = [entry for entry in entries if entry.result is None]
    items = []
    for entry in writes:
        assert entry.article is not None and entry.attribution is not None
        items.append((entry.article, entry.attribution))
    saved = group.save_new(items) if items else None
    if saved is None:
        return None
    results = []
    written = iter(saved)
    for entry in entries:
        if entry.result is None:
            assert entry.article is not None
            results.append(stored_result(entry.label, entry.article, next(written)))
        else:
            results.append(entry.result)
    return results
