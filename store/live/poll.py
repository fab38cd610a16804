"""Polling followed feeds: conditional fetches, back-off on failure, new article ids.

Plain synchronous code on one connection: the bot runs it in a worker thread with its own
connection, `newsbot ingest --watch` runs it in the main thread (bot/watch.py).
"""

from __future__ import annotations

import dataclasses
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache, partial

from sqlite_utils import Database

from store.articles import stored_article
from store.clock import stamp, utc_now
from store.errors import FetchError, SourceError
from store.ingest.addresses import RefusedDestination, Resolver, without_secrets

# Entries are stored by ingestion's own loop (the linked page of a summary-only entry
# fetched the same way): feeds polled here become the same articles as `newsbot ingest`.
from store.ingest.batch import IngestResult, feed_items, ingest, store_parsed
from store.ingest.fetch import Fetched, Fetcher, FetchStopped, HttpFetcher, fetch
from store.ingest.kinds import DocumentKind, document_kind
from store.ingest.rss import FeedEntry, parse_feed
from store.live.feeds import add_feed, due_feeds, remove_feed
from store.models import SaveStatus
from store.search.terms import sync_terms

log = logging.getLogger(__name__)


class PollStatus(StrEnum):
    """What one poll of one feed got."""

    FETCHED = "fetched"
    NOT_MODIFIED = "not_modified"
    FAILED = "failed"


class AddKind(StrEnum):
    """What `/add <url>` made of the address."""

    FEED = "feed"
    ARTICLE = "article"
    FAILED = "failed"


# However long the interval, a feed that keeps failing is still tried this often, so a site
# that comes back is noticed within hours.
BACKOFF_CAP = timedelta(hours=6)


FETCH_WORKERS = 8  # feeds fetched at once in one round


@dataclass(frozen=True)
class FeedPollResult:
    """What one poll of one feed did."""

    url: str
    status: PollStatus
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
    kind: AddKind
    new_feed: bool = False  # the feed was not followed before
    poll: FeedPollResult | None = None
    articles: tuple[IngestResult, ...] = ()
    reason: str | None = None
    refused: bool = False  # the address is one fetching may not reach (loopback, private...)


def backoff(failures: int, interval: timedelta) -> timedelta:
    """How long to wait after `failures` consecutive failed polls: one interval, then doubling."""
    cap = max(interval, BACKOFF_CAP)
    # The exponent is capped too: timedelta overflows long before 2**failures does.
    return min(interval * (1 << min(max(failures - 1, 0), 20)), cap)


def poll_due_feeds(
    db: Database,
    *,
    interval: timedelta,
    fetcher: Fetcher = fetch,
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
    fetcher: Fetcher = fetch,
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


def _get(fetcher: Fetcher, url: str, validators: Validators) -> Fetched | Exception:
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
    fetcher: Fetcher,
    now: datetime,
    interval: timedelta,
) -> FeedPollResult:
    try:
        if isinstance(answer, Exception):
            raise answer
        if answer.status == 304:
            return _succeeded(db, url, now, interval, PollStatus.NOT_MODIFIED, validators)
        return _store_feed(db, url, answer, fetcher, now, interval)
    except FetchStopped as error:  # shutting down: not the feed's failure, nothing recorded
        return FeedPollResult(url, PollStatus.FAILED, now, error=str(error))
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
    fetcher: Fetcher = fetch,
    now: datetime | None = None,
) -> AddResult:
    """Follow `url` if it is a feed (and store its entries now), else store it as an article."""
    now = now or utc_now()
    try:
        fetched = fetcher(url)
    except SourceError as error:
        refused = isinstance(error, RefusedDestination)
        return AddResult(url, AddKind.FAILED, reason=str(error), refused=refused)
    if _is_feed(fetched.content):
        new_feed = add_feed(db, url, added_by, now)
        try:
            poll = _store_feed(db, url, fetched, fetcher, now, interval)
        except SourceError as error:
            if new_feed:  # a feed that yields nothing is refused, not followed
                remove_feed(db, url)
            return AddResult(url, AddKind.FAILED, reason=str(error))
        return AddResult(url, AddKind.FEED, new_feed=new_feed, poll=poll)

    def again(wanted: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        if wanted == url:
            return fetched
        return fetcher(wanted, etag=etag, last_modified=last_modified)

    results = tuple(ingest(db, [url], fetcher=again))
    if all(result.status == SaveStatus.FAILED for result in results):
        return AddResult(url, AddKind.FAILED, articles=results, reason=results[0].reason)
    return AddResult(url, AddKind.ARTICLE, articles=results)


def _is_feed(content: bytes) -> bool:
    try:
        return document_kind(content) is DocumentKind.FEED
    except SourceError:  # empty or binary: ingestion says why
        return False


def _store_feed(
    db: Database,
    url: str,
    fetched: Fetched,
    fetcher: Fetcher,
    now: datetime,
    interval: timedelta,
) -> FeedPollResult:
    if not fetched.content.strip():
        raise SourceError("empty response")
    entries = parse_feed(fetched.content, url, now)  # SourceError when it is not a feed
    entries = _refusing_links(entries, url, fetcher)
    # Completing a summary means fetching the linked page: not again for every poll.
    results = list(store_parsed(db, feed_items(entries, fetcher, partial(stored_article, db))))
    failed = [f"{r.source}: {r.reason}" for r in results if r.status == SaveStatus.FAILED]
    if failed and len(failed) == len(entries):
        # Nothing usable (a truncated document, every linked page down): the feed is failing.
        raise SourceError(f"no entry could be stored ({failed[0]})")
    # Validators are kept only now: had storing failed, the next poll must fetch it all again.
    result = _succeeded(
        db, url, now, interval, PollStatus.FETCHED, (fetched.etag, fetched.last_modified)
    )
    if failed:
        log.warning("%s: %d of %d entries failed: %s", url, len(failed), len(entries), failed[0])
    return FeedPollResult(
        url,
        PollStatus.FETCHED,
        result.next_poll_at,
        added=tuple(r.article_id for r in results if r.status == SaveStatus.ADDED and r.article_id),
        updated=sum(r.status == SaveStatus.UPDATED for r in results),
        unchanged=sum(r.status == SaveStatus.UNCHANGED for r in results),
        failed_entries=tuple(failed),
        received_bytes=len(fetched.content),
    )


def _refusing_links(entries: list[FeedEntry], feed: str, fetcher: Fetcher) -> list[FeedEntry]:
    """The entries, with those linking where fetching may not go made failures (and logged).

    Even a full-text entry, never fetched, is dropped: stored, its internal address would
    be shown to anyone. A fetcher other than an HttpFetcher (a test's fake, plain `fetch`)
    is held to the default policy, which allows no internal address.
    """
    guard = fetcher if isinstance(fetcher, HttpFetcher) else HttpFetcher()
    guard = dataclasses.replace(guard, resolve=_resolving_once(guard.resolve))
    kept = []
    for entry in entries:
        link = entry.article.url if entry.article is not None else None
        reason = guard.link_refusal(link) if link else None
        if reason is not None:
            log.warning("feed %s: skipped entry %s: %s", feed, entry.label, reason)
            entry = dataclasses.replace(entry, article=None, error=RefusedDestination(reason))
        kept.append(entry)
    return kept


def _resolving_once(resolve: Resolver) -> Resolver:
    """`resolve`, asked once per host: a feed's fifty entries on one site are one lookup, and
    a host that does not resolve (nothing to reach) is not asked again for each entry."""

    @cache
    def once(host: str, port: int) -> list[str]:
        try:
            return resolve(host, port)
        except FetchError:
            return []

    return once


def _succeeded(
    db: Database,
    url: str,
    now: datetime,
    interval: timedelta,
    status: PollStatus,
    validators: Validators,
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
    reason = without_secrets(reason)  # /stats shows it to anyone
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
    return FeedPollResult(url, PollStatus.FAILED, next_poll_at, error=reason, failures=failures)
