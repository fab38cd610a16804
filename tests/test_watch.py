"""`newsbot ingest --watch`: feeds polled every interval until a signal, one line per poll."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from bot.config import Settings
from bot.watch import describe_poll, watch_feeds
from store.db import open_db
from store.ingest.batch import FAILED
from store.live.poll import FETCHED, NOT_MODIFIED, FeedPollResult
from tests.loopback import GRAIN, HARBOUR, FeedServer, rss

ROOT = Path(__file__).resolve().parent.parent
FAST = Settings(feed_interval_minutes=0.2 / 60)  # a poll every 0.2 s


class Lines(io.StringIO):
    """An output stream a test can wait on, line by line."""

    def wait_for(self, count: int, timeout: float = 10.0) -> list[str]:
        deadline = time.monotonic() + timeout
        while len(lines := self.getvalue().splitlines()) < count:
            assert time.monotonic() < deadline, f"only {lines}"
            time.sleep(0.01)
        return lines


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_watch_picks_up_a_new_entry_and_stops_when_told(tmp_path: Path) -> None:
    db = open_db(tmp_path / "news.db")
    with FeedServer() as feeds:
        url = feeds.serve("/feed.xml", rss(HARBOUR))
        out, stop = Lines(), threading.Event()
        codes: list[int] = []
        watcher = threading.Thread(
            target=lambda: codes.append(watch_feeds(db, [url], FAST, out=out, stop=stop))
        )
        watcher.start()
        out.wait_for(2)  # the first poll, then a conditional one
        feeds.serve("/feed.xml", rss(GRAIN, HARBOUR))
        deadline = time.monotonic() + 10
        while "added 1, updated 0, unchanged 1" not in out.getvalue():
            assert time.monotonic() < deadline, out.getvalue()
            time.sleep(0.01)
        stop.set()
        watcher.join(5)
    assert codes == [0]
    lines = out.getvalue().splitlines()
    assert f"{url}: added 1, updated 0, unchanged 0" in lines[0]
    assert "unchanged (not modified since the last poll)" in lines[1]
    assert count(db, "articles") == 2


def test_a_failing_feed_is_backed_off_while_the_other_is_polled_on_time(tmp_path: Path) -> None:
    db = open_db(tmp_path / "news.db")
    settings = Settings(feed_interval_minutes=0.1 / 60)  # a poll every 0.1 s
    with FeedServer() as feeds:
        good = feeds.serve("/good.xml", rss(HARBOUR))
        bad = feeds.serve("/bad.xml", b"down", status=500)
        out, stop = Lines(), threading.Event()
        watcher = threading.Thread(
            target=watch_feeds, args=(db, [good, bad], settings), kwargs={"out": out, "stop": stop}
        )
        watcher.start()
        deadline = time.monotonic() + 10
        while len(feeds.requests_to("/good.xml")) < 6:
            assert time.monotonic() < deadline, out.getvalue()
            time.sleep(0.005)
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
            FeedPollResult(url, FETCHED, NOW, added=(7, 8), updated=1, unchanged=3),
            "2026-11-26 19:30:00 http://news.example/feed.xml: added 2, updated 1, unchanged 3",
        ),
        (
            FeedPollResult(url, NOT_MODIFIED, NOW),
            "2026-11-26 19:30:00 http://news.example/feed.xml: unchanged (not modified since the last poll)",
        ),
        (
            FeedPollResult(
                url,
                FAILED,
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


def test_the_command_exits_cleanly_on_sigterm_and_sigint(tmp_path: Path) -> None:
    with FeedServer() as feeds:
        url = feeds.serve("/feed.xml", rss(HARBOUR))
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "NEWSBOT_FEED_INTERVAL": "0.005",
            "NEWSBOT_DB": str(tmp_path / "news.db"),
        }
        for sig in (signal.SIGTERM, signal.SIGINT):
            process = subprocess.Popen(
                [sys.executable, "-m", "bot", "ingest", "--watch", url],
                cwd=tmp_path,  # no stray .env
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            assert process.stdout is not None
            first = process.stdout.readline()
            assert f"{url}: " in first
            process.send_signal(sig)
            _, errors = process.communicate(timeout=10)
            assert process.returncode == 0, errors
