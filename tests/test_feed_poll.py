"""Polling feeds: conditional requests, new entries between polls, failures backed off."""

from __future__ import annotations

import dataclasses
import re
import socket
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlite_utils import Database

from handlers.admin import feed_health_lines, feeds_reply
from store.live.feeds import (
    AddedBy,
    add_feed,
    due_feeds,
    list_feeds,
    remove_feed,
    sync_config_feeds,
)
from store.live.poll import AddKind, PollStatus, add_url, backoff, poll_due_feeds, poll_feed
from tests.corpus import count
from tests.loopback import GRAIN, HARBOUR, FeedServer, loopback_fetch, rss

INTERVAL = timedelta(minutes=15)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def feed_row(db: Database, url: str) -> dict[str, object]:
    cursor = db.execute("SELECT * FROM feeds WHERE url = ?", [url])
    return dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))


# --- polling -------------------------------------------------------------------------------


def test_a_feed_that_changes_between_polls_adds_only_the_new_entry(
    fresh_db: Database, feeds: FeedServer
) -> None:
    url = feeds.serve("/feed.xml", rss(HARBOUR))
    add_feed(fresh_db, url, AddedBy.CONFIG)
    first = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW)
    assert (first.status, len(first.added), first.unchanged) == (PollStatus.FETCHED, 1, 0)
    feeds.serve("/feed.xml", rss(GRAIN, HARBOUR))
    second = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW + INTERVAL)
    assert (second.status, len(second.added), second.unchanged) == (PollStatus.FETCHED, 1, 1)
    assert second.added[0] > first.added[0]
    titles = [row[0] for row in fresh_db.execute("SELECT title FROM articles ORDER BY id")]
    assert titles == ["Harbour reopens", "Grain corridor extended"]


def test_an_unchanged_feed_costs_one_small_conditional_request(
    fresh_db: Database, feeds: FeedServer
) -> None:
    # Twenty entries, so the difference between a full answer and a 304 is plain to see.
    items = [
        (f"story-{n}", f"Story number {n}", f"<p>Paragraph of story {n}. " * 5 + "</p>")
        for n in range(20)
    ]
    url = feeds.serve("/feed.xml", rss(*items))
    add_feed(fresh_db, url, AddedBy.CONFIG)
    poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW)
    result = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW + INTERVAL)

    full, conditional = feeds.requests_to("/feed.xml")
    assert "If-None-Match" not in full.headers
    assert conditional.headers["If-None-Match"] == feed_row(fresh_db, url)["etag"]
    assert conditional.headers["If-Modified-Since"] == feed_row(fresh_db, url)["last_modified"]
    assert (conditional.status, result.status, result.received_bytes) == (
        304,
        PollStatus.NOT_MODIFIED,
        0,
    )
    assert conditional.sent_bytes < 100 < 5000 < full.sent_bytes
    assert len(feeds.requests) == 2  # one request per poll, nothing else fetched
    assert feed_row(fresh_db, url)["next_poll_at"] == (NOW + 2 * INTERVAL).isoformat(
        timespec="microseconds"
    )


def test_a_feed_without_validators_is_fetched_whole_and_stored_unchanged(
    fresh_db: Database, feeds: FeedServer
) -> None:
    url = feeds.serve("/plain.xml", rss(HARBOUR), validators=False)
    add_feed(fresh_db, url, AddedBy.CONFIG)
    poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW)
    again = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW + INTERVAL)
    assert (again.status, again.added, again.unchanged) == (PollStatus.FETCHED, (), 1)
    assert "If-None-Match" not in feeds.requests_to("/plain.xml")[1].headers
    assert count(fresh_db, "articles") == 1


def test_summary_only_entries_fetch_their_page_once(fresh_db: Database, feeds: FeedServer) -> None:
    page = feeds.serve(
        "/story",
        "<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1>"
        "<p>The new bridge opened to traffic on Thursday morning after two years of work.</p>"
        "<p>Drivers queued for an hour to be among the first to cross it.</p>"
        "</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    summary_feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Summaries</title>'
        f"<item><title>Bridge opens</title><link>{page}</link>"
        "<description>The bridge opened.</description></item></channel></rss>"
    )
    url = feeds.serve("/summaries.xml", summary_feed, validators=False)
    add_feed(fresh_db, url, AddedBy.CONFIG)
    assert (
        len(poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW).added) == 1
    )
    again = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=NOW + INTERVAL)
    assert (again.added, again.unchanged) == ((), 1)
    assert len(feeds.requests_to("/story")) == 1


# --- failures and back-off -----------------------------------------------------------------


def unused_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


@pytest.mark.parametrize(
    ("served", "reason"),
    [
        (dict(body=b"oops", status=500), "HTTP 500"),
        (dict(body=b"busy", status=503), "HTTP 503"),
        (dict(body=b"gone", status=404), "HTTP 404"),
        # Garbage where a feed should be: a web page, random bytes, nothing at all.
        (dict(body=b"<html><body><p>Not a feed</p></body></html>"), "not an RSS or Atom feed"),
        (dict(body=b"\x89PNG\r\n\x1a\n\x00\x00binary"), "not an RSS or Atom feed"),
        (dict(body=b""), "empty response"),
        (dict(body=b"<rss><channel><item><title>cut off"), "no entry could be stored"),
        # Slower than the client waits.
        (dict(body=rss(HARBOUR).encode(), delay=1.0), "timed out"),
        (None, "unreachable"),  # nothing listens on the port
    ],
)
def test_a_failing_feed_is_backed_off_and_the_others_still_work(
    fresh_db: Database, feeds: FeedServer, served: dict[str, Any] | None, reason: str
) -> None:
    if served is None:
        bad = unused_port_url()
    else:
        body = served.pop("body")
        bad = feeds.serve("/bad.xml", body, **served)
    good = feeds.serve("/good.xml", rss(HARBOUR))
    add_feed(fresh_db, bad, AddedBy.CONFIG)
    add_feed(fresh_db, good, AddedBy.CONFIG)
    fetcher = dataclasses.replace(loopback_fetch, timeout=0.3)

    results = {
        r.url: r for r in poll_due_feeds(fresh_db, interval=INTERVAL, fetcher=fetcher, now=NOW)
    }

    assert results[bad].status == PollStatus.FAILED
    assert reason in (results[bad].error or "")
    assert (results[good].status, len(results[good].added)) == (PollStatus.FETCHED, 1)
    row = feed_row(fresh_db, bad)
    assert (row["failures"], row["etag"], row["last_ok_at"]) == (1, None, None)
    assert reason in str(row["last_error"])
    # Neither feed is due again before an interval has passed.
    assert due_feeds(fresh_db, NOW + INTERVAL - timedelta(seconds=1)) == []


@pytest.mark.parametrize(
    ("failures", "interval", "wait"),
    [
        (1, timedelta(minutes=15), timedelta(minutes=15)),  # first retry: the next regular poll
        (2, timedelta(minutes=15), timedelta(minutes=30)),
        (3, timedelta(minutes=15), timedelta(hours=1)),
        (5, timedelta(minutes=15), timedelta(hours=4)),
        (6, timedelta(minutes=15), timedelta(hours=6)),  # capped
        (500, timedelta(minutes=15), timedelta(hours=6)),  # no overflow however long it fails
        (1, timedelta(hours=12), timedelta(hours=12)),  # a long interval is its own cap
        (3, timedelta(hours=12), timedelta(hours=12)),
        (2, timedelta(seconds=1), timedelta(seconds=2)),
    ],
)
def test_backoff_doubles_from_the_interval_up_to_a_cap(
    failures: int, interval: timedelta, wait: timedelta
) -> None:
    assert backoff(failures, interval) == wait


def test_a_failing_feed_waits_longer_each_time_and_recovers(
    fresh_db: Database, feeds: FeedServer
) -> None:
    url = feeds.serve("/flaky.xml", b"down", status=500)
    add_feed(fresh_db, url, AddedBy.CONFIG)
    now = NOW
    waits = []
    for _ in range(4):
        result = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=now)
        waits.append(result.next_poll_at - now)
        assert due_feeds(fresh_db, result.next_poll_at - timedelta(seconds=1)) == []
        assert due_feeds(fresh_db, result.next_poll_at) == [url]
        now = result.next_poll_at
    assert waits == [INTERVAL, 2 * INTERVAL, 4 * INTERVAL, 8 * INTERVAL]
    assert [f.failures for f in list_feeds(fresh_db)] == [4]

    feeds.serve("/flaky.xml", rss(HARBOUR))
    recovered = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=loopback_fetch, now=now)
    assert (recovered.status, recovered.next_poll_at - now) == (PollStatus.FETCHED, INTERVAL)
    [feed] = list_feeds(fresh_db)
    assert (feed.failures, feed.last_error) == (0, None)


# --- the list of feeds ---------------------------------------------------------------------


def test_config_feeds_follow_the_setting_and_chat_feeds_stay(fresh_db: Database) -> None:
    sync_config_feeds(fresh_db, ["http://a.example/feed", "http://b.example/feed"])
    add_feed(fresh_db, "http://c.example/feed", "telegram:42")
    sync_config_feeds(fresh_db, ["http://b.example/feed"])
    assert [(f.url, f.added_by) for f in list_feeds(fresh_db)] == [
        ("http://b.example/feed", AddedBy.CONFIG),
        ("http://c.example/feed", "telegram:42"),
    ]
    assert add_feed(fresh_db, "http://c.example/feed", "telegram:43") is False
    assert remove_feed(fresh_db, "http://c.example/feed") is True
    assert remove_feed(fresh_db, "http://c.example/feed") is False


def test_add_url_follows_a_feed_and_stores_an_article_page(
    fresh_db: Database, feeds: FeedServer
) -> None:
    feed = feeds.serve("/feed.xml", rss(HARBOUR, GRAIN))
    page = feeds.serve(
        "/page",
        "<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
        "<p>The island ferry resumed its crossings on Friday after the storm passed.</p>"
        "</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    garbage = feeds.serve("/broken.xml", b"<rss><channel><item><title>cut")

    added_feed = add_url(
        fresh_db, feed, added_by="telegram:1", interval=INTERVAL, fetcher=loopback_fetch, now=NOW
    )
    assert (added_feed.kind, added_feed.new_feed) == (AddKind.FEED, True)
    assert added_feed.poll is not None and len(added_feed.poll.added) == 2
    assert (
        add_url(
            fresh_db, feed, added_by="telegram:1", interval=INTERVAL, fetcher=loopback_fetch
        ).new_feed
        is False
    )

    added_page = add_url(
        fresh_db, page, added_by="telegram:1", interval=INTERVAL, fetcher=loopback_fetch
    )
    assert added_page.kind == AddKind.ARTICLE
    assert [r.status for r in added_page.articles] == ["added"]
    assert len(feeds.requests_to("/page")) == 1  # fetched once, not again to ingest it

    for url, reason in [(garbage, "no entry could be stored"), (feeds.url("/missing"), "HTTP 404")]:
        failed = add_url(
            fresh_db, url, added_by="telegram:1", interval=INTERVAL, fetcher=loopback_fetch
        )
        assert failed.kind == AddKind.FAILED and reason in (failed.reason or "")
    assert [f.url for f in list_feeds(fresh_db)] == [feed]


def test_a_feed_due_just_after_the_tick_is_polled_on_that_tick(
    fresh_db: Database, feeds: FeedServer
) -> None:
    url = feeds.serve("/feed.xml", rss(HARBOUR))
    add_feed(fresh_db, url, AddedBy.CONFIG)
    poll_feed(
        fresh_db,
        url,
        interval=INTERVAL,
        fetcher=loopback_fetch,
        now=NOW + timedelta(milliseconds=30),
    )
    tick = NOW + INTERVAL  # the next tick comes 30 ms before the feed is due
    assert poll_due_feeds(fresh_db, interval=INTERVAL, fetcher=loopback_fetch, now=tick) == []
    [result] = poll_due_feeds(
        fresh_db, interval=INTERVAL, fetcher=loopback_fetch, now=tick, early=timedelta(seconds=30)
    )
    assert result.status == PollStatus.NOT_MODIFIED and result.next_poll_at == tick + INTERVAL


def test_feed_health_for_stats_and_feeds(fresh_db: Database, feeds: FeedServer) -> None:
    assert feed_health_lines(fresh_db) == []  # no feeds, nothing to say
    good = feeds.serve("/good.xml", rss(HARBOUR))
    bad = feeds.serve("/bad.xml", b"down", status=503)
    sync_config_feeds(fresh_db, [good])
    add_feed(fresh_db, bad, "telegram:42")
    poll_due_feeds(fresh_db, interval=INTERVAL, fetcher=loopback_fetch, now=NOW)
    poll_due_feeds(fresh_db, interval=INTERVAL, fetcher=loopback_fetch, now=NOW + INTERVAL)
    assert feed_health_lines(fresh_db) == [
        "Feeds: 2 polled, 1 failing.",
        f"Failing: {bad} — failed 2 times in a row: HTTP 503 Service Unavailable; "
        "next try 26 Nov 12:45 UTC",
    ]
    listed = feeds_reply(fresh_db).text
    assert listed.index(bad) < listed.index(good)  # failing feeds first
    assert f"{good} — OK, last polled 26 Nov 12:15 UTC (from NEWSBOT_FEEDS)" in listed


def test_slow_feeds_are_fetched_at_the_same_time(fresh_db: Database, feeds: FeedServer) -> None:
    slow = [
        feeds.serve(f"/slow{n}.xml", rss((f"s{n}", f"Slow story {n}", "<p>Late.</p>")), delay=0.4)
        for n in range(3)
    ]
    for url in slow:
        add_feed(fresh_db, url, AddedBy.CONFIG)
    started = time.perf_counter()
    results = poll_due_feeds(fresh_db, interval=INTERVAL, fetcher=loopback_fetch, now=NOW)
    took = time.perf_counter() - started
    assert [len(r.added) for r in results] == [1, 1, 1]
    assert took < 1.0  # one after the other would take 1.2 s


def test_stats_never_show_a_feed_url_s_credentials_or_query(fresh_db: Database) -> None:
    # /stats answers anyone; a private feed's address often carries its key. /feeds is for
    # admins and shows the whole address, which /unfeed needs.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: the feed is unreachable
    secret = f"http://reader:pa55word@127.0.0.1:{port}/private.xml?key=s3cr3t#top"
    add_feed(fresh_db, secret, "telegram:42")
    poll_due_feeds(fresh_db, interval=INTERVAL, fetcher=loopback_fetch, now=NOW)
    [_, failing] = feed_health_lines(fresh_db)
    assert failing.startswith(f"Failing: http://127.0.0.1:{port}/private.xml — failed once")
    assert not {"reader", "pa55word", "s3cr3t", "top"} & set(re.split(r"\W+", failing))
    assert secret in feeds_reply(fresh_db).text


def test_add_url_follows_a_feed_sent_as_utf16(fresh_db: Database, feeds: FeedServer) -> None:
    # /add asks the same document-kind decision as ingestion, which reads UTF-16 with a BOM;
    # it once sniffed the raw bytes, missed "<rss" and failed to read it as an article.
    document = rss(HARBOUR, GRAIN).replace('encoding="utf-8"', 'encoding="utf-16"')
    url = feeds.serve("/feed.xml", document.encode("utf-16"))
    added = add_url(
        fresh_db, url, added_by="telegram:1", interval=INTERVAL, fetcher=loopback_fetch, now=NOW
    )
    assert (added.kind, added.new_feed) == (AddKind.FEED, True)
    assert added.poll is not None and len(added.poll.added) == 2
