"""Polling followed feeds: conditional fetches, back-off on failure, new article ids.

Plain synchronous code on one connection: the bot runs it in a worker thread with its own
connection, `newsbot ingest --watch` runs it in the main thread (bot/watch.py).
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlite_utils import Database

from store.articles import ADDED, UPDATED
from store.clock import stamp, utc_now
from store.errors import SourceError

# The entry -> article step (fetching the linked page of a summary-only entry) is the one
# ingestion already uses; feeds polled here must become the same articles as `newsbot ingest`.
from store.ingest.batch import FAILED, IngestResult, entry_article, ingest, store_article
from store.ingest.fetch import Fetched, fetch
from store.ingest.rss import looks_like_feed, parse_feed
from store.live.feeds import add_feed, due_feeds, remove_feed
from store.search.terms import sync_terms

log = logging.getLogger(__name__)

log = logging.getLogger(__name__)


FETCHED, NOT_MODIFIED = "fetched", "not_modified"  # poll statuses besides FAILED


# However long the interval, a feed that keeps failing is still tried this often, so a site
# that comes back is noticed within hours.
BACKOFF_CAP = timedelta(hours=6)


FETCH_WORKERS = 8  # feeds fetched at once in one round


class FeedFetcher(Protocol):
    """`store.fetch.fetch`, or a fake of it: a GET, conditional when validators are given."""

    def __call__(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched: ...


@dataclass(frozen=True)
class FeedPollResult:
    """What one poll of one feed did."""

    url: str
    status: str  # fetched, not_modified or failed
    next_poll_at: datetime
    added: tuple[int, ...] = ()  # ids of articles new to the store
    updated: int = 0
    unchanged: int = 0
    failed_entries: tuple[str, ...] = ()  # "label: reason" for entries that could not be stored
    error: str | None = None  # why the whole poll failed
    failures: int = 0  # consecutive failed polls, this one included
    received_bytes: int = 0  # size of the body received (0 for 304)


@dataclass(frozen=True)
class AddResult:
    """What `/add <url>` did: followed a feed, stored an article, or failed."""

    url: str
    kind: str  # "feed", "article" or "failed"
    new_feed: bool = False  # the feed was not followed before
    poll: FeedPollResult | None = None
    articles: tuple[IngestResult, ...] = ()
    reason: str | None = None


def backoff(failures: int, interval: timedelta) -> timedelta:
    """How long to wait after `failures` consecutive failed polls: one interval, then doubling."""
    cap = max(interval, BACKOFF_CAP)
    # The exponent is capped too: timedelta overflows long before 2**failures does.
    return min(interval * (1 << min(max(failures - 1, 0), 20)), cap)


def poll_due_feeds(
    db: Database,
    *,
    interval: timedelta,
    fetcher: FeedFetcher = fetch,
    now: datetime | None = None,
    early: timedelta = timedelta(0),
) -> list[FeedPollResult]:
    """Poll every feed due by `now + early`; one failing feed never stops the others.

    The feeds are fetched at the same time (one slow site does not hold up the rest); what
    they bring is stored afterwards on this connection, feed by feed. A caller that wakes up
    on a fixed tick passes half a tick as `early`: a feed due a few milliseconds after the
    tick is polled now rather than a whole tick late.
    """
    now = now or utc_now()
    asked = {url: _validators(db, url) for url in due_feeds(db, now + early)}
    if not asked:
        return []
    with ThreadPoolExecutor(max_workers=min(FETCH_WORKERS, len(asked))) as pool:
        answers = list(pool.map(lambda url: _get(fetcher, url, asked[url]), asked))
    results = [
        _settle_poll(db, url, answer, asked[url], fetcher, now, interval)
        for url, answer in zip(asked, answers, strict=True)
    ]
    if any(result.added or result.updated for result in results):
        sync_terms(db)  # in this worker thread, not in the first question after the round
    return results


def poll_feed(
    db: Database,
    url: str,
    *,
    interval: timedelta,
    fetcher: FeedFetcher = fetch,
    now: datetime | None = None,
) -> FeedPollResult:
    """Fetch a followed feed (conditionally), store what is new, and schedule its next poll."""
    now = now or utc_now()
    if db.execute("SELECT 1 FROM feeds WHERE url = ?", [url]).fetchone() is None:
        raise KeyError(url)
    validators = _validators(db, url)
    answer = _get(fetcher, url, validators)
    return _settle_poll(db, url, answer, validators, fetcher, now, interval)


Validators = tuple[str | None, str | None]  # (ETag, Last-Modified) from the last full answer


def _validators(db: Database, url: str) -> Validators:
    row = db.execute("SELECT etag, last_modified FROM feeds WHERE url = ?", [url]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _get(fetcher: FeedFetcher, url: str, validators: Validators) -> Fetched | Exception:
    """The feed, or why it could not be had (returned, to be settled on the database's thread)."""
    etag, last_modified = validators
    try:
        return fetcher(url, etag=etag, last_modified=last_modified)
    except Exception as error:
        return error


def _settle_poll(
    db: Database,
    url: str,
    answer: Fetched | Exception,
    validators: Validators,
    fetcher: FeedFetcher,
    now: datetime,
    interval: timedelta,
) -> FeedPollResult:
    try:
        if isinstance(answer, Exception):
            raise answer
        if answer.status == 304:
            return _succeeded(db, url, now, interval, NOT_MODIFIED, validators=validators)
        return _store_feed(db, url, answer, fetcher, now, interval)
    except SourceError as error:  # timeouts, HTTP errors, garbage instead of a feed
        return _failed(db, url, now, interval, str(error))
    except Exception as error:  # a bug must cost one feed one poll, not the bot its feeds
        log.exception("unexpected error polling %s", url)
        return _failed(db, url, now, interval, f"unexpected error: {type(error).__name__}")


def add_url(
    db: Database,
    url: str,
    *,
    added_by: str,
    interval: timedelta,
    fetcher: FeedFetcher = fetch,
    now: datetime | None = None,
) -> AddResult:
    """Follow `url` if it is a feed (and store its entries now), else store it as an article."""
    now = now or utc_now()
    try:
        fetched = fetcher(url)
    except SourceError as error:
        return AddResult(url, FAILED, reason=str(error))
    if looks_like_feed(fetched.content):
        new_feed = add_feed(db, url, added_by, now)
        try:
            poll = _store_feed(db, url, fetched, fetcher, now, interval)
        except SourceError as error:
            if new_feed:  # a feed that yields nothing is refused, not followed
                remove_feed(db, url)
            return AddResult(url, FAILED, reason=str(error))
        return AddResult(url, "feed", new_feed=new_feed, poll=poll)

    def again(wanted: str) -> Fetched:
        return fetched if wanted == url else fetcher(wanted)

    results = tuple(ingest(db, [url], fetcher=again))
    if all(result.status == FAILED for result in results):
        return AddResult(url, FAILED, articles=results, reason=results[0].reason)
    return AddResult(url, "article", articles=results)


def _store_feed(
    db: Database,
    url: str,
    fetched: Fetched,
    fetcher: FeedFetcher,
    now: datetime,
    interval: timedelta,
) -> FeedPollResult:
    if not fetched.content.strip():
        raise SourceError("empty response")
    entries = parse_feed(fetched.content, url)  # SourceError when it is not a feed
    added: list[int] = []
    updated = unchanged = 0
    failed: list[str] = []
    for entry in entries:
        article = entry.article
        if entry.summary_only and article is not None and _stored(db, article.url):
            # Completing a summary means fetching the linked page: not again for every poll.
            unchanged += 1
            continue
        item = entry_article(entry, fetcher)
        if isinstance(item, SourceError):
            failed.append(f"{entry.label}: {item}")
            continue
        try:
            saved = store_article(db, item)
        except Exception as error:  # one broken entry must not stop the feed
            log.exception("could not store %s", entry.label)
            failed.append(f"{entry.label}: could not store: {error}")
            continue
        if saved.status == ADDED:
            added.append(saved.article_id)
        elif saved.status == UPDATED:
            updated += 1
        else:
            unchanged += 1
    if failed and len(failed) == len(entries):
        # Nothing usable (a truncated document, every linked page down): the feed is failing.
        raise SourceError(f"no entry could be stored ({failed[0]})")
    # Validators are kept only now: had storing failed, the next poll must fetch it all again.
    result = _succeeded(
        db, url, now, interval, FETCHED, validators=(fetched.etag, fetched.last_modified)
    )
    if failed:
        log.warning("%s: %d of %d entries failed: %s", url, len(failed), len(entries), failed[0])
    return FeedPollResult(
        url,
        FETCHED,
        result.next_poll_at,
        added=tuple(added),
        updated=updated,
        unchanged=unchanged,
        failed_entries=tuple(failed),
        received_bytes=len(fetched.content),
    )


def _stored(db: Database, url: str | None) -> bool:
    if not url:
        return False
    return db.execute("SELECT 1 FROM articles WHERE url = ?", [url]).fetchone() is not None


def _succeeded(
    db: Database,
    url: str,
    now: datetime,
    interval: timedelta,
    status: str,
    *,
    validators: tuple[str | None, str | None],
) -> FeedPollResult:
    next_poll_at = now + interval
    db.execute(
        "UPDATE feeds SET etag = ?, last_modified = ?, last_polled_at = ?, last_ok_at = ?, "
        "last_error = NULL, failures = 0, next_poll_at = ? WHERE url = ?",
        [*validators, stamp(now), stamp(now), stamp(next_poll_at), url],
    )
    return FeedPollResult(url, status, next_poll_at)


def _failed(
    db: Database, url: str, now: datetime, interval: timedelta, reason: str
) -> FeedPollResult:
    with db.atomic():
        # Writing first (not reading the count, then writing) holds the write lock from the
        # start, so a write from another connection in between cannot make this one fail.
        row = db.execute(
            "UPDATE feeds SET failures = failures + 1, last_polled_at = ?, last_error = ? "
            "WHERE url = ? RETURNING failures",
            [stamp(now), reason, url],
        ).fetchone()
        failures = row[0] if row else 1
        next_poll_at = now + backoff(failures, interval)
        db.execute("UPDATE feeds SET next_poll_at = ? WHERE url = ?", [stamp(next_poll_at), url])
    log.warning(
        "feed %s failed (%s), %d in a row; next try at %s",
        url,
        reason,
        failures,
        stamp(next_poll_at),
    )
    return FeedPollResult(url, FAILED, next_poll_at, error=reason, failures=failures)
