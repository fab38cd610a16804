"""`newsbot ingest --watch`: feeds polled every interval until a signal, one line per poll."""

from __future__ import annotations

import io
import os
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from bot.config import Settings
from bot.watch import describe_poll, watch_feeds
from store.db import open_db
from store.live.poll import FeedPollResult, PollStatus
from tests.corpus import count
from tests.loopback import GRAIN, HARBOUR, LOOPBACK, LOOPBACK_ALLOW, FeedServer, rss

ROOT = Path(__file__).resolve().parent.parent
FAST = Settings(feed_interval_minutes=0.1 / 60, fetch_allow=LOOPBACK)  # a poll every 0.1 s


class Lines(io.StringIO):
    """An output stream a test can wait on: each write wakes the waiters."""

    def __init__(self) -> None:
        super().__init__()
        self.written = threading.Condition()

    def write(self, text: str) -> int:
        with self.written:
            size = super().write(text)
            self.written.notify_all()
        return size

    def wait_until(self, done: Callable[[list[str]], bool], timeout: float = 10.0) -> list[str]:
        """The lines so far, once done(lines) holds; fails after timeout."""
        with self.written:
            if not self.written.wait_for(lambda: done(self.getvalue().splitlines()), timeout):
                raise AssertionError(f"not within {timeout} s: {self.getvalue()}")
            return self.getvalue().splitlines()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[str]:
        return self.wait_until(lambda lines: len(lines) >= count, timeout)


def test_watch_picks_up_a_new_entry_and_stops_when_told(tmp_path: Path, feeds: FeedServer) -> None:
    db = open_db(tmp_path / "news.db")
    url = feeds.serve("/feed.xml", rss(HARBOUR))
    out, stop = Lines(), threading.Event()
    codes: list[int] = []
    watcher = threading.Thread(
        target=lambda: codes.append(watch_feeds(db, [url], FAST, out=out, stop=stop))
    )
    watcher.start()
    out.wait_for(2)  # the first poll, then a conditional one
    feeds.serve("/feed.xml", rss(GRAIN, HARBOUR))
    out.wait_until(lambda lines: any("added 1, updated 0, unchanged 1" in x for x in lines))
    stop.set()
    watcher.join(5)
    assert codes == [0]
    lines = out.getvalue().splitlines()
    assert f"{url}: added 1, updated 0, unchanged 0" in lines[0]
    assert "unchanged (not modified since the last poll)" in lines[1]
    assert count(db, "articles") == 2


def test_a_failing_feed_is_backed_off_while_the_other_is_polled_on_time(
    tmp_path: Path, feeds: FeedServer
) -> None:
    db = open_db(tmp_path / "news.db")
    settings = Settings(feed_interval_minutes=0.1 / 60, fetch_allow=LOOPBACK)  # every 0.1 s
    good = feeds.serve("/good.xml", rss(HARBOUR))
    bad = feeds.serve("/bad.xml", b"down", status=500)
    out, stop = Lines(), threading.Event()
    watcher = threading.Thread(
        target=watch_feeds, args=(db, [good, bad], settings), kwargs={"out": out, "stop": stop}
    )
    watcher.start()
    feeds.wait_for("/good.xml", 6)
    stop.set()
    watcher.join(5)
    polls_of_bad = len(feeds.requests_to("/bad.xml"))
    lines = out.getvalue().splitlines()
    assert any(f"{bad}: failed: HTTP 500" in line and "next try in 0 s" in line for line in lines)
    # The healthy feed every 0.1 s; the failing one after waits of 0.1, 0.2, 0.4, 0.8 s: at
    # 0, 0.1, 0.3 and 0.7 s at most while the healthy one is polled six times.
    assert 2 <= polls_of_bad <= 4
    assert count(db, "articles") == 1


def test_watch_refuses_sources_that_are_not_feed_urls(fresh_db: Database) -> None:
    err = io.StringIO()
    assert watch_feeds(fresh_db, ["articles/"], FAST, out=io.StringIO(), err=err) == 2
    assert "feed URLs" in err.getvalue()


NOW = datetime(2026, 11, 26, 19, 30, tzinfo=UTC)


def test_one_line_per_poll_says_what_happened() -> None:
    url = "http://news.example/feed.xml"
    cases = [
        (
            FeedPollResult(url, PollStatus.FETCHED, NOW, added=(7, 8), updated=1, unchanged=3),
            "2026-11-26 19:30:00 http://news.example/feed.xml: added 2, updated 1, unchanged 3",
        ),
        (
            FeedPollResult(url, PollStatus.NOT_MODIFIED, NOW),
            "2026-11-26 19:30:00 http://news.example/feed.xml: unchanged (not modified since the last poll)",
        ),
        (
            FeedPollResult(
                url,
                PollStatus.FAILED,
                NOW + timedelta(minutes=30),
                error="HTTP 500 Internal Server Error",
                failures=2,
            ),
            "2026-11-26 19:30:00 http://news.example/feed.xml: failed: HTTP 500 Internal Server Error; "
            "failed 2 times in a row, next try in 30 min",
        ),
    ]
    for result, line in cases:
        assert describe_poll(result, NOW) == line


def start_watch(url: str, db_path: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "NEWSBOT_FEED_INTERVAL": "0.005",
        "NEWSBOT_DB": str(db_path),
        "NEWSBOT_FETCH_ALLOW": LOOPBACK_ALLOW,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", "--watch", url],
        cwd=db_path.parent,  # no stray .env
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def first_line(process: subprocess.Popen[str], timeout: float = 10.0) -> str:
    assert process.stdout is not None
    readable, _, _ = select.select([process.stdout], [], [], timeout)
    assert readable, f"no line within {timeout} s"
    return process.stdout.readline()


def test_the_command_exits_cleanly_on_sigterm_and_sigint(tmp_path: Path, feeds: FeedServer) -> None:
    url = feeds.serve("/feed.xml", rss(HARBOUR))
    # Both started at once: the interpreter's start-up is most of the time either takes.
    signals = (signal.SIGTERM, signal.SIGINT)
    processes = [start_watch(url, tmp_path / f"{sig.name}.db") for sig in signals]
    for sig, process in zip(signals, processes, strict=True):
        assert f"{url}: " in first_line(process)
        process.send_signal(sig)
        _, errors = process.communicate(timeout=10)
        assert process.returncode == 0, errors
