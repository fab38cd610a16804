"""`newsbot ingest --watch FEED...`: keep feeds current without Telegram, one line per poll."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import FrameType
from typing import TextIO

from sqlite_utils import Database

from bot.config import Settings
from store.clock import utc_now
from store.ingest.fetch import Fetcher, HttpFetcher
from store.live.feeds import AddedBy, add_feed, due_feeds, next_due
from store.live.poll import FeedPollResult, PollStatus, poll_feed


def watch_feeds(
    db: Database,
    sources: Sequence[str],
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    stop: threading.Event | None = None,
    max_rounds: int | None = None,
) -> int:
    """Poll the feeds every interval until SIGINT/SIGTERM (exit code 0) or `stop` is set.

    A failing feed is retried with back-off and never stops the others. `max_rounds` bounds
    the watch for tests: a round is one wake-up that polled the feeds then due. Without a
    `fetcher`, an HttpFetcher from the settings, which gives up a download once `stop` is set.
    """
    urls = list(dict.fromkeys(sources))
    not_urls = [url for url in urls if not url.startswith(("http://", "https://"))]
    if not_urls:
        print(f"newsbot: --watch polls feed URLs (http:// or https://): {not_urls[0]}", file=err)
        return 2
    for url in urls:
        add_feed(db, url, AddedBy.CLI)
    interval = timedelta(minutes=settings.feed_interval_minutes)
    stop = stop or threading.Event()
    fetcher = fetcher or HttpFetcher(
        allow=settings.fetch_allow, max_bytes=settings.fetch_max_bytes, stop=stop
    )
    rounds = 0
    with _stopped_by_signals(stop):
        while not stop.is_set():
            now = utc_now()
            due = [url for url in due_feeds(db, now) if url in urls]
            for url in due:
                result = poll_feed(db, url, interval=interval, fetcher=fetcher, now=now)
                print(describe_poll(result, now), file=out, flush=True)
            rounds += bool(due)  # a wake-up a hair early polls nothing and is no round
            if max_rounds is not None and rounds >= max_rounds:
                break
            wake = next_due(db, urls) or now + interval
            stop.wait(min(max((wake - utc_now()).total_seconds(), 0.0), interval.total_seconds()))
    return 0


def describe_poll(result: FeedPollResult, now: datetime) -> str:
    """One line about one poll: when, which feed, and what it brought."""
    when = now.strftime("%Y-%m-%d %H:%M:%S")
    if result.status == PollStatus.FETCHED:
        what = f"added {len(result.added)}, updated {result.updated}, unchanged {result.unchanged}"
        if result.failed_entries:
            what += f", failed {len(result.failed_entries)} ({result.failed_entries[0]})"
    elif result.status == PollStatus.NOT_MODIFIED:
        what = "unchanged (not modified since the last poll)"
    else:
        wait = _duration(result.next_poll_at - now)
        times = "once" if result.failures == 1 else f"{result.failures} times in a row"
        what = f"failed: {result.error}; failed {times}, next try in {wait}"
    return f"{when} {result.url}: {what}"


def _duration(span: timedelta) -> str:
    seconds = round(span.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} min"
    return f"{seconds / 3600:g} h"


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set `stop` (only the main thread can install signal handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handle(signum: int, frame: FrameType | None) -> None:
        # Set from another thread: the handler interrupts this one, possibly inside
        # stop.wait() holding the event's lock, which set() needs.
        threading.Thread(target=stop.set).start()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
