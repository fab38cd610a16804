"""What kind of document a source is: the one decision every way in asks (files, URLs, /add)."""

from __future__ import annotations

from enum import StrEnum

from store.errors import SourceError
from store.ingest.fetch import BINARY_MEDIA, media_type
from store.ingest.rss import looks_like_feed
from store.ingest.text import UTF16_BOMS, decode_text


class DocumentKind(StrEnum):
    """The formats articles come in, each read by its own parser."""

    TEXT = "text"
    JSON = "json"
    JSON_LINES = "jsonl"
    PAGE = "html"
    FEED = "feed"


_SUFFIXES = {
    ".txt": DocumentKind.TEXT,
    ".text": DocumentKind.TEXT,
    ".md": DocumentKind.TEXT,
    ".json": DocumentKind.JSON,
    ".jsonl": DocumentKind.JSON_LINES,
    ".ndjson": DocumentKind.JSON_LINES,
    ".html": DocumentKind.PAGE,
    ".htm": DocumentKind.PAGE,
    ".xml": DocumentKind.FEED,
    ".rss": DocumentKind.FEED,
    ".atom": DocumentKind.FEED,
}
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


def declared_kind(
    suffix: str | None = None, content_type: str | None = None
) -> DocumentKind | None:
    """The kind a file's suffix or a server's Content-Type names; None when they name none.

    Raises SourceError when the server names a format that is never an article.
    """
    if content_type is not None:
        return _kind_of_media(media_type(content_type))
    return _SUFFIXES.get((suffix or "").lower())


def document_kind(
    content: bytes, suffix: str | None = None, content_type: str | None = None
) -> DocumentKind:
    """The kind of a document: as declared (suffix or Content-Type), else sniffed.

    Raises SourceError for what holds no article at all: empty, binary, an image or archive.
    """
    declared = declared_kind(suffix, content_type)
    if content.startswith(UTF16_BOMS):
        content = decode_text(content).encode("utf-8")
    if not content.strip():
        raise SourceError("empty file")
    for magic, what in _BINARY_MAGIC:
        if content.startswith(magic):
            raise SourceError(f"{what}, not an article")
    if b"\x00" in content[:8192]:
        raise SourceError("binary file, not an article")
    kind = declared or _sniff(content)
    if kind is DocumentKind.PAGE and looks_like_feed(content):
        return DocumentKind.FEED  # some servers label feeds text/html
    return kind


def _kind_of_media(media: str) -> DocumentKind | None:
    if media.startswith(BINARY_MEDIA):  # a fetcher of its own may let one through
        raise SourceError(f"not an article: the server sent {media}")
    if "json" in media:
        return (
            DocumentKind.JSON_LINES if "ndjson" in media or "jsonl" in media else DocumentKind.JSON
        )
    if "rss" in media or "atom" in media or media.endswith("/xml"):
        return DocumentKind.FEED
    if "html" in media:
        return DocumentKind.PAGE
    return None


def _sniff(content: bytes) -> DocumentKind:
    head = content[:512].lstrip().lower()
    if looks_like_feed(content):
        return DocumentKind.FEED
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return DocumentKind.PAGE
    if head.startswith((b"{", b"[")):
        # One object per line is JSON Lines; one document over many lines is JSON.
        lines = [line for line in content.strip().split(b"\n") if line.strip()]
        if len(lines) > 1 and all(line.strip().startswith(b"{") for line in lines):
            return DocumentKind.JSON_LINES
        return DocumentKind.JSON
    return DocumentKind.TEXT
