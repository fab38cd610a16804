"""Ingestion: files, folders, URLs and feeds into the store, one result per article."""

from __future__ import annotations

import dataclasses
import errno
import logging
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from functools import partial
from pathlib import Path
from typing import BinaryIO

from sqlite_utils import Database

from store.articles import (
    SaveResult,
    article_ids,
    drop_unquoted_speakers,
    load_article,
    replace_attribution,
    save_article,
    unchanged_article,
)
from store.errors import SourceError
from store.ingest.fetch import MAX_BYTES, Fetched, Fetcher, fetch
from store.ingest.json_records import parse_json, parse_json_line, parse_json_lines
from store.ingest.kinds import DocumentKind, declared_kind, document_kind
from store.ingest.long_lived import LongLivedFrozen
from store.ingest.pages import parse_page
from store.ingest.pool import Extract, PoolPlan, extracting
from store.ingest.rss import FeedEntry, parse_feed
from store.ingest.text import UTF16_BOMS, decode_text, parse_text
from store.ingest.writing import GroupWriter, Item, failed_result, known_result, stored_result
from store.ingest.writing import IngestResult as IngestResult  # where callers import it
from store.models import Article, SaveStatus
from store.quotes.extract import extract_quotes
from store.search.maintenance import compact_fts
from store.search.terms import rebuild_terms, sync_terms

log = logging.getLogger(__name__)

# Bounded merge steps at the end of a batch (store.search.maintenance): a few MB written at
# most, each step a short transaction of its own, so a bot writing beside us is not held up.
INGEST_MERGE_STEPS = 20

Parsed = Iterator[tuple[str, Item]]


def ingest(
    db: Database,
    sources: Iterable[str],
    *,
    fetcher: Fetcher = fetch,
    on_result: Callable[[IngestResult], None] | None = None,
    pool: PoolPlan | None = None,
) -> list[IngestResult]:
    """Ingest every source; a bad one is reported and the rest of the batch goes on.

    Articles are written a group per transaction (store.ingest.writing), each told to
    `on_result` once written, in source order. A big batch has its quotes extracted in
    worker processes (store.ingest.pool); results and rows are the serial path's, in the
    same order.
    """
    results: list[IngestResult] = []

    def tell(result: IngestResult) -> None:
        results.append(result)
        if on_result is not None:
            on_result(result)

    writer = GroupWriter(db, tell)
    parsed = read_sources(sources, _writing_first(writer, fetcher))
    ahead = partial(_worth_extracting, db)
    # closing: on Ctrl-C (or any error) the workers are stopped here, not when collected.
    # LongLivedFrozen: full collections walk only what this batch made lately.
    with (
        closing(extracting(parsed, pool or PoolPlan(), ahead)) as items,
        LongLivedFrozen() as frozen,
    ):
        try:
            for label, item, extract in items:
                writer.add(label, item, extract)
                frozen.passed()
        except BaseException:
            writer.flush()  # Ctrl-C mid-batch: the articles read whole are stored, and told
            raise
        writer.flush()
    if any(r.status in (SaveStatus.ADDED, SaveStatus.UPDATED) for r in results):
        # Each save folded its own rows (store.search.terms): this only catches up a store
        # some other writer left behind, here rather than in the first question after.
        sync_terms(db)
        # Each article (a statement each) left small FTS segments behind.
        compact_fts(db, steps=INGEST_MERGE_STEPS)
    return results


def _writing_first(writer: GroupWriter, fetcher: Fetcher) -> Fetcher:
    """The fetcher, writing (and telling) what waits for its group before each fetch: a
    group closes at its size or age only as items arrive, and a slow URL (up to a minute's
    fetch) must not hold back the articles read before it."""

    def fetch_after_writing(
        url: str, /, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        writer.flush()
        return fetcher(url, etag=etag, last_modified=last_modified)

    return fetch_after_writing


def store_parsed(db: Database, parsed: Parsed) -> Iterator[IngestResult]:
    """Store what the sources (or a feed's entries) yield, a result each, as it goes."""
    for label, item in parsed:
        yield _store(db, label, item, extract_quotes)


def _worth_extracting(db: Database, item: Item) -> Article | None:
    """The article, unless it is a failure or probably stored as it is (the same content is):
    the writer's own check decides, and extracts here the rare one that proves changed."""
    if not isinstance(item, Article):
        return None
    sql = "SELECT EXISTS (SELECT 1 FROM articles WHERE content_hash = ?)"
    return None if db.execute(sql, [item.content_hash]).fetchone()[0] else item


def _store(db: Database, label: str, item: Item, extract: Extract) -> IngestResult:
    if not isinstance(item, Article):
        return known_result(label, item)
    try:
        saved = store_article(db, item, extract)
    except Exception as error:  # one broken article must not stop the batch
        return failed_result(label, item, error)
    return stored_result(label, item, saved)


def store_article(db: Database, article: Article, extract: Extract = extract_quotes) -> SaveResult:
    """Store one article with the quotes extracted from it; an unchanged one costs a lookup."""
    return unchanged_article(db, article) or save_article(db, article, extract(article))


def reextract_quotes(db: Database) -> int:
    """Extract quotes again for every stored article (after the extractor improved)."""
    ids = article_ids(db)
    for article_id in ids:
        replace_attribution(db, article_id, extract_quotes(load_article(db, article_id)))
    drop_unquoted_speakers(db)
    # Every quote row was replaced: count the search terms afresh rather than drift.
    rebuild_terms(db)
    return len(ids)


def read_sources(sources: Iterable[str], fetcher: Fetcher = fetch) -> Parsed:
    """(label, Article or the reason it failed) for every article in the sources."""
    for source in sources:
        try:
            if source.startswith(("http://", "https://")):
                yield from _read_url(source, fetcher)
            else:
                yield from _read_path(Path(source), fetcher)
        except SourceError as error:
            yield source, error
        except Exception as error:  # a parser bug on one source must not stop the batch
            log.exception("unexpected error reading %s", source)
            yield source, SourceError(f"unexpected error: {type(error).__name__}: {error}")


def _read_path(path: Path, fetcher: Fetcher) -> Parsed:
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise SourceError(_unreadable(path, error)) from None
    if stat.S_ISDIR(mode):
        for file, problem in _folder_files(path, (path.resolve(),)):
            if problem is None:
                yield from read_sources([str(file)], fetcher)
            else:
                yield str(file), problem
        return
    if not stat.S_ISREG(mode):
        raise SourceError("not a regular file")  # a FIFO or device would block or never end
    if declared_kind(path.suffix) is DocumentKind.JSON_LINES:
        yield from _stream_json_lines(path)
        return
    yield from _read_whole(path, fetcher)


def _folder_files(
    folder: Path, ancestors: tuple[Path, ...]
) -> Iterator[tuple[Path, SourceError | None]]:
    """Files under a folder, sorted, hidden ones skipped; linked folders are followed unless
    they lead back up (a loop). What cannot be read is reported, never skipped silently."""
    try:
        entries = sorted(entry for entry in folder.iterdir() if not entry.name.startswith("."))
    except OSError as error:
        yield folder, SourceError(f"cannot read folder: {error.strerror}")
        return
    for entry in entries:
        try:
            mode = entry.stat().st_mode
        except OSError as error:
            yield entry, SourceError(_unreadable(entry, error))
            continue
        if stat.S_ISDIR(mode):
            real = entry.resolve()
            if real in ancestors:
                yield entry, SourceError(f"symlink loop: leads back to {real}")
            else:
                yield from _folder_files(entry, (*ancestors, real))
        elif stat.S_ISREG(mode):
            yield entry, None


def _unreadable(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symlink loop"
    if error.errno == errno.ENOENT:
        return "broken symlink" if path.is_symlink() else "no such file or directory"
    return f"cannot read: {error.strerror}"


def _read_whole(path: Path, fetcher: Fetcher = fetch) -> Parsed:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise SourceError(
            f"too large ({size // (1024 * 1024)} MiB; limit {MAX_BYTES // (1024 * 1024)} MiB)"
        )
    try:
        content = path.read_bytes()
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror}") from None
    yield from parse_document(str(path), content, suffix=path.suffix, fetcher=fetcher)


def _stream_json_lines(path: Path) -> Parsed:
    """JSON Lines record by record: a bulk export may be far larger than MAX_BYTES, one
    record may not."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise SourceError(f"cannot read: {error.strerror}") from None
    with handle:
        head = handle.read(8192)
        if not head.strip():
            raise SourceError("empty file")
        if head.startswith(UTF16_BOMS) or b"\x00" in head:
            # UTF-16 has no byte-wise lines: read it whole, within the size limit.
            yield from _read_whole(path)
            return
        handle.seek(0)
        number = 0
        while line := handle.readline(MAX_BYTES + 1):
            number += 1
            label = f"{path}:{number}"
            if len(line) > MAX_BYTES:
                if not line.endswith(b"\n"):
                    _skip_rest_of_line(handle)
                limit = MAX_BYTES // (1024 * 1024)
                yield label, SourceError(f"too large (limit {limit} MiB a record)")
                continue
            try:
                text = decode_text(line)
            except SourceError as error:
                yield label, error
                continue
            yield label, parse_json_line(text)


def _skip_rest_of_line(handle: BinaryIO) -> None:
    while (chunk := handle.readline(MAX_BYTES)) and not chunk.endswith(b"\n"):
        pass


def _read_url(url: str, fetcher: Fetcher) -> Parsed:
    fetched = fetcher(url)
    yield from parse_document(
        url, fetched.content, content_type=fetched.content_type, fetcher=fetcher
    )


def parse_document(
    label: str,
    content: bytes,
    *,
    suffix: str | None = None,
    content_type: str | None = None,
    fetcher: Fetcher = fetch,
) -> Parsed:
    """Articles in a document of the kind its suffix or Content-Type names, else sniffed."""
    kind = document_kind(content, suffix, content_type)
    if content.startswith(UTF16_BOMS):
        content = decode_text(content).encode("utf-8")
    yield from _PARSERS[kind](label, content, fetcher)


def _parse_text_document(label: str, content: bytes, fetcher: Fetcher) -> Parsed:
    yield label, parse_text(decode_text(content))


def _parse_json_document(label: str, content: bytes, fetcher: Fetcher) -> Parsed:
    items = parse_json(decode_text(content))
    for index, item in enumerate(items, 1):
        yield (label if len(items) == 1 else f"{label}[{index}]"), item


def _parse_json_lines_document(label: str, content: bytes, fetcher: Fetcher) -> Parsed:
    for number, item in parse_json_lines(decode_text(content)):
        yield f"{label}:{number}", item


def _parse_page_document(label: str, content: bytes, fetcher: Fetcher) -> Parsed:
    url = label if label.startswith(("http://", "https://")) else None
    yield label, parse_page(content, url)


def _parse_feed_document(label: str, content: bytes, fetcher: Fetcher) -> Parsed:
    yield from feed_items(parse_feed(content, label), fetcher)


def feed_items(
    entries: Iterable[FeedEntry],
    fetcher: Fetcher,
    stored: Callable[[str], SaveResult | None] | None = None,
) -> Parsed:
    """The article each feed entry stands for. With `stored`, a summary-only entry whose
    page is stored already is given as that copy: its page is not fetched again."""
    for entry in entries:
        url = entry.article.url if entry.article is not None else None
        known = stored(url) if stored is not None and entry.summary_only and url else None
        yield entry.label, known or entry_article(entry, fetcher)


def entry_article(entry: FeedEntry, fetcher: Fetcher) -> Article | SourceError:
    """The article a feed entry stands for: its own text, or its linked page's."""
    if entry.article is None:
        return entry.error or SourceError("unreadable feed entry")
    article = entry.article
    if entry.summary_only and article.url:
        try:
            page = parse_page(fetcher(article.url).content, article.url)
        except SourceError as error:
            if not article.paragraphs:
                return SourceError(f"linked page failed ({error}) and the entry has no summary")
            log.warning("kept the feed summary of %s: linked page failed: %s", article.url, error)
            return article
        return dataclasses.replace(
            article,
            paragraphs=page.paragraphs,
            subtitle=page.subtitle,
            published=page.published if entry.undated and page.published else article.published,
            source=article.source or page.source,
            author=article.author or page.author,
        )
    if not article.paragraphs:
        return SourceError("feed entry has no text")
    return article


_PARSERS: dict[DocumentKind, Callable[[str, bytes, Fetcher], Parsed]] = {
    DocumentKind.TEXT: _parse_text_document,
    DocumentKind.JSON: _parse_json_document,
    DocumentKind.JSON_LINES: _parse_json_lines_document,
    DocumentKind.PAGE: _parse_page_document,
    DocumentKind.FEED: _parse_feed_document,
}
