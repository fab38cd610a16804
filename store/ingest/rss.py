"""RSS and Atom feeds (feedparser): each entry becomes an article."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlparse

import feedparser

from store.clock import utc_now
from store.errors import SourceError
from store.ingest.datelines import lift_dateline
from store.ingest.dates import normalise_date
from store.ingest.text import clean_line, split_paragraphs
from store.models import Article


@dataclass(frozen=True)
class FeedEntry:
    """One entry: the article as the feed gives it, and whether that is only a summary."""

    label: str
    article: Article | None
    error: SourceError | None = None
    summary_only: bool = False
    # The feed gave no date: the article's is the time we first saw the entry, which a
    # linked page's own date overrides (store.ingest.batch.entry_article).
    undated: bool = False


def looks_like_feed(content: bytes) -> bool:
    """A cheap sniff: does this document open like RSS, RDF or Atom?"""
    head = content[:1024].lstrip().lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def parse_feed(content: bytes, url: str, seen_at: datetime | None = None) -> list[FeedEntry]:
    """The entries of a feed; raises SourceError when the document is not a feed.

    An entry without a date is dated `seen_at` (now by default): when it first appeared
    is what the feed tells, and a later poll leaves the stored article as it was.
    """
    parsed = feedparser.parse(content)
    if not parsed.get("version") and not parsed.entries:
        raise SourceError("not an RSS or Atom feed")
    if parsed.get("bozo") and not parsed.entries:
        reason = str(parsed.get("bozo_exception", "")).strip() or "unreadable"
        raise SourceError(f"broken feed: {reason}")
    feed_title = clean_line(parsed.feed.get("title", "")) or None
    # Entry links may be relative: to the feed's address, else to the site the feed names.
    base = url if _absolute(url) else parsed.feed.get("link", "")
    seen = normalise_date(seen_at or utc_now())
    return [
        _entry(entry, index, url, feed_title, base, seen)
        for index, entry in enumerate(parsed.entries, 1)
    ]


def _absolute(url: str) -> bool:
    return urlparse(url).scheme in ("http", "https")


def _entry(
    entry: feedparser.FeedParserDict,
    index: int,
    url: str,
    source: str | None,
    base: str,
    seen: str | None,
) -> FeedEntry:
    link = urljoin(base, entry.get("link") or "") or None
    if link is not None and not _absolute(link):
        link = None  # a relative link names no page, and would clash with other feeds'
    label = link or f"{url}#entry-{index}"
    title = clean_line(entry.get("title", ""))
    if not title:
        return FeedEntry(label, None, SourceError("feed entry has no title"))
    contents = entry.get("content") or []
    body = max((c.get("value", "") for c in contents), key=len, default="")
    summary_only = not body.strip()
    paragraphs = split_paragraphs(body or entry.get("summary", ""))
    author = entry.get("author") or None
    published = normalise_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    article = lift_dateline(
        Article(
            title=title,
            paragraphs=tuple(paragraphs),
            source=source,
            published=published or seen,
            url=link,
            author=author,
        )
    )
    return FeedEntry(label, article, summary_only=summary_only, undated=published is None)
