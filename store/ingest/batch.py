"""Ingestion: files, folders, URLs and feeds into the store, one result per article."""

from __future__ import annotations

import dataclasses
import errno
import logging
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlite_utils import Database

from store.articles import (
    ADDED,
    UPDATED,
    SaveResult,
    article_ids,
    drop_unquoted_speakers,
    load_article,
    replace_attribution,
    save_article,
    unchanged_article,
)
from store.errors import SourceError
from store.ingest.fetch import BINARY_MEDIA, MAX_BYTES, Fetched, fetch, media_type
from store.ingest.json_records import parse_json, parse_json_line, parse_json_lines
from store.ingest.pages import parse_page
from store.ingest.rss import FeedEntry, looks_like_feed, parse_feed
from store.ingest.text import UTF16_BOMS, decode_text, parse_text
from store.models import Article
from store.quotes.extract import extract_quotes
from store.search.terms import rebuild_terms, sync_terms

log = logging.getLogger(__name__)

FAILED = "failed"
Fetcher = Callable[[str], Fetched]
Parsed = Iterator[tuple[str, Article | SourceError]]


@dataclass(frozen=True)
class IngestResult:
    """What happened to one article (or to a source that yielded none)."""

    source: str
    status: str  # added, updated, unchanged or failed
    reason: str | None = None
    article_id: int | None = None
    title: str | None = None


def ingest(
    db: Database,
    sources: Iterable[str],
    *,
    fetcher: Fetcher = fetch,
    on_result: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest every source; a bad one is reported and the rest of the batch goes on."""
    results = []
    for label, item in read_sources(sources, fetcher):
        result = _store(db, label, item)
        results.append(result)
        if on_result is not None:
            on_result(result)
    if any(r.status in (ADDED, UPDATED) for r in results):
        sync_terms(db)  # now, so that the first question after a batch is not the one to wait
    return results


def _store(db: Database, label: str, item: Article | SourceError) -> IngestResult:
    if isinstance(item, SourceError):
        return IngestResult(label, FAILED, str(item))
    try:
        saved = store_article(db, item)
    except Exception as error:  # one broken article must not stop the batch
        log.exception("could not store %s", label)
        return IngestResult(label, FAILED, f"could not store: {error}", title=item.title)
    return IngestResult(label, saved.status, article_id=saved.article_id, title=item.title)


def store_article(db: Database, article: Article) -> SaveResult:
    """Store one article with the quotes extracted from it; an unchanged one costs a lookup."""
    return unchanged_article(db, article) or save_article(db, article, extract_quotes(article))


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
    if path.suffix.lower() in _STREAMED:
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
    yield from parse_document(str(path), content, path.suffix.lower(), fetcher)


_STREAMED = (".jsonl", ".ndjson")
# Formats that are never articles, whatever a file is called or a server calls them.
_BINARY_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a media file"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)


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
    kind = _kind_from_content_type(fetched.content_type)
    yield from parse_document(url, fetched.content, kind, fetcher=fetcher)


def _kind_from_content_type(content_type: str) -> str:
    media = media_type(content_type)
    if media.startswith(BINARY_MEDIA):  # a fetcher of its own may let one through
        raise SourceError(f"not an article: the server sent {media}")
    if "json" in media:
        return ".jsonl" if "ndjson" in media or "jsonl" in media else ".json"
    if "rss" in media or "atom" in media or media.endswith("/xml"):
        return ".xml"
    if "html" in media:
        return ".html"
    return ""


def parse_document(label: str, content: bytes, kind: str, fetcher: Fetcher = fetch) -> Parsed:
    """Articles in a document whose kind is a file suffix (".txt", ".json", ...) or sniffed."""
    if content.startswith(UTF16_BOMS):
        content = decode_text(content).encode("utf-8")
    if not content.strip():
        raise SourceError("empty file")
    for magic, what in _BINARY_MAGIC:
        if content.startswith(magic):
            raise SourceError(f"{what}, not an article")
    if b"\x00" in content[:8192]:
        raise SourceError("binary file, not an article")
    kind = kind if kind in _PARSERS else _sniff(content)
    if kind in (".html", ".htm") and looks_like_feed(content):
        kind = ".xml"  # some servers label feeds text/html
    yield from _PARSERS[kind](label, content, fetcher)


def _sniff(content: bytes) -> str:
    head = content[:512].lstrip().lower()
    if looks_like_feed(content):
        return ".xml"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return ".html"
    if head.startswith((b"{", b"[")):
        # One object per line is JSON Lines; one document over many lines is JSON.
        lines = [line for line in content.strip().split(b"\n") if line.strip()]
        return (
            ".jsonl"
            if len(lines) > 1 and all(ln.strip().startswith(b"{") for ln in lines)
            else ".json"
        )
    return ".txt"


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
    for entry in parse_feed(content, label):
        yield entry.label, entry_article(entry, fetcher)


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
            published=article.published or page.published,
            source=article.source or page.source,
            author=article.author or page.author,
        )
    if not article.paragraphs:
        return SourceError("feed entry has no text")
    return article


_PARSERS: dict[str, Callable[[str, bytes, Fetcher], Parsed]] = {
    ".txt": _parse_text_document,
    ".text": _parse_text_document,
    ".md": _parse_text_document,
    ".json": _parse_json_document,
    ".jsonl": _parse_json_lines_document,
    ".ndjson": _parse_json_lines_document,
    ".html": _parse_page_document,
    ".htm": _parse_page_document,
    ".xml": _parse_feed_document,
    ".rss": _parse_feed_document,
    ".atom": _parse_feed_document,
}
