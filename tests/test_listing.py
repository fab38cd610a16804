"""Newest-first lists and stats: dated articles by their date, undated ones after them."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot import console
from bot.cli import show_stats
from store import search
from store.db import NEWEST_FIRST, date_rank, newest_first, open_db
from store.ingest.batch import store_article
from store.ingest.rss import parse_feed
from store.ingest.text import parse_text
from store.live.feeds import AddedBy, add_feed
from store.live.poll import poll_feed
from store.models import Article
from store.stats import store_stats
from tests.loopback import FeedServer, loopback_fetch

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def store(db: Database, *articles: tuple[str, str | None]) -> None:
    """Store (title, published) articles in this order: the later, the later ingested."""
    for title, published in articles:
        store_article(
            db, Article(title=title, paragraphs=(f"Text of {title}.",), published=published)
        )


# --- order ---------------------------------------------------------------------------------

# Stored in this order, so the undated ones are the most recently ingested: before, they
# led the list (ordered by ingestion time against the others' dates).
STORED = [
    ("2019 archive", "2019-05-01"),
    ("Undated first", None),
    ("Dateline July 22", "--07-22"),
    ("2024 with time", "2024-03-05T10:00:00+00:00"),
    ("2024 day only", "2024-03-05"),
    ("Dateline March 1", "--03-01"),
    ("2025 news", "2025-01-10"),
    ("Unreadable date", "sometime"),  # not a date: undated
    ("Undated last", None),
]
# Full dates first, newest first; then year-less datelines by month and day (the year is
# unknown, so they cannot be placed among full dates); then undated, newest ingested first.
EXPECTED = [
    "2025 news",
    "2024 with time",  # same day, a later time than "2024-03-05" alone
    "2024 day only",
    "2019 archive",
    "Dateline July 22",
    "Dateline March 1",
    "Undated last",
    "Unreadable date",
    "Undated first",
]


def test_latest_lists_dated_articles_first(fresh_db: Database) -> None:
    store(fresh_db, *STORED)
    assert [a.title for a in search.latest_articles(fresh_db, limit=20)] == EXPECTED
    # Pages are slices of the same order.
    assert [a.title for a in search.latest_articles(fresh_db, limit=3, offset=3)] == EXPECTED[3:6]


def test_qualified_order_is_the_same(fresh_db: Database) -> None:
    store(fresh_db, *STORED)
    rows = fresh_db.execute(f"SELECT a.title FROM articles a ORDER BY {newest_first('a')}")
    assert [title for (title,) in rows] == EXPECTED


@pytest.mark.parametrize(
    ("published", "rank"),
    [
        ("2025-01-10", 2),
        ("2025-01-10T08:00:00+00:00", 2),
        ("--07-22", 1),
        (None, 0),
        ("sometime", 0),
        ("--7-22", 0),  # not the ISO year-less form
    ],
)
def test_date_rank(fresh_db: Database, published: str | None, rank: int) -> None:
    store(fresh_db, ("T", published))
    assert fresh_db.execute(f"SELECT {date_rank()} FROM articles").fetchone()[0] == rank


@pytest.mark.parametrize(
    "sql",
    [
        f"SELECT id FROM articles ORDER BY {NEWEST_FIRST} LIMIT 5 OFFSET 60",  # /latest page 13
        f"SELECT a.id, a.title FROM articles a ORDER BY {newest_first('a')} LIMIT 5",
        f"SELECT title FROM articles WHERE {date_rank()} > 0 ORDER BY {NEWEST_FIRST} LIMIT 1",
    ],
)
def test_newest_first_walks_an_index(fresh_db: Database, sql: str) -> None:
    store(fresh_db, *STORED)
    plan = " ".join(row[3] for row in fresh_db.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "articles_by_date" in plan and "TEMP B-TREE" not in plan, plan


# --- stats ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("articles", "newest"),
    [
        (STORED, "2025 news"),
        # Only year-less datelines: the first of them is the newest we can name.
        (
            [("Undated", None), ("Dateline March 1", "--03-01"), ("Dateline July 22", "--07-22")],
            "Dateline July 22",
        ),
        ([("Undated", None), ("Also undated", None)], None),  # never an undated one
        ([], None),
    ],
)
def test_stats_newest_is_a_dated_article(
    fresh_db: Database, articles: list[tuple[str, str | None]], newest: str | None
) -> None:
    store(fresh_db, *articles)
    assert store_stats(fresh_db).newest_title == newest


@pytest.mark.parametrize(
    ("articles", "line"),
    [
        ([("Undated", None)], "newest:     none dated"),
        ([], "newest:     none"),
        ([("Undated", None), ("Dated", "2024-03-05")], "newest:     Dated (2024-03-05)"),
    ],
)
def test_cli_stats_says_when_nothing_is_dated(
    fresh_db: Database, articles: list[tuple[str, str | None]], line: str
) -> None:
    store(fresh_db, *articles)
    out = io.StringIO()
    show_stats(fresh_db, ":memory:", out=out)
    assert line in out.getvalue().splitlines()


# --- feed entries without a date ---------------------------------------------------------

UNDATED_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Quiet News</title><link>http://quiet.example/</link>
<item><title>No date here</title><link>http://quiet.example/a</link>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Words of an entry with no date at all.</p>]]></content:encoded></item>
<item><title>Dated entry</title><link>http://quiet.example/b</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Words of an entry with a date.</p>]]></content:encoded></item>
</channel></rss>"""


def test_feed_entry_without_a_date_is_dated_when_first_seen() -> None:
    undated, dated = parse_feed(UNDATED_FEED, "http://quiet.example/feed.xml", NOW)
    assert undated.article is not None and dated.article is not None
    assert (undated.article.published, undated.undated) == ("2026-11-26T12:00:00+00:00", True)
    assert (dated.article.published, dated.undated) == ("2024-03-05T10:00:00+00:00", False)


def test_polled_undated_entry_keeps_its_first_seen_time(
    fresh_db: Database, feeds: FeedServer
) -> None:
    url = feeds.serve("/quiet.xml", UNDATED_FEED.decode())
    add_feed(fresh_db, url, AddedBy.CONFIG)
    poll_feed(fresh_db, url, interval=timedelta(minutes=15), fetcher=loopback_fetch, now=NOW)
    poll_feed(
        fresh_db,
        url,
        interval=timedelta(minutes=15),
        fetcher=loopback_fetch,
        now=NOW + timedelta(hours=1),
    )
    rows = fresh_db.execute("SELECT title, published FROM articles ORDER BY id").fetchall()
    assert rows == [
        ("No date here", "2026-11-26T12:00:00+00:00"),  # the first poll's time, not the second's
        ("Dated entry", "2024-03-05T10:00:00+00:00"),
    ]
    assert store_stats(fresh_db).newest_title == "No date here"  # it was new when we saw it


# --- the console -----------------------------------------------------------------------------


def test_line_editing_loads_the_history(tmp_path: Path) -> None:
    readline = pytest.importorskip("readline")
    history = tmp_path / "history"
    history.write_text("who said the ball is in their court?\n/latest 5\n")
    readline.clear_history()
    try:
        editing = console.line_editing(history)
        assert editing is not None and editing.__name__ == "readline"
        lines = [editing.get_history_item(i) for i in (1, 2)]
        assert lines == ["who said the ball is in their court?", "/latest 5"]
        editing.add_history("what did Lavrov say?")
        console.save_history(editing, history)
        assert history.read_text().splitlines()[-1] == "what did Lavrov say?"
    finally:
        readline.clear_history()


def test_line_editing_without_a_history_file(tmp_path: Path) -> None:
    pytest.importorskip("readline")
    assert console.line_editing(tmp_path / "missing") is not None
    assert console.line_editing(None) is not None


def test_piped_chat_never_turns_on_line_editing(
    corpus: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(history: Path | None) -> None:
        raise AssertionError("line editing is for a terminal")

    monkeypatch.setattr(console, "line_editing", refuse)
    out = io.StringIO()
    assert console.chat(corpus, stdin=io.StringIO("/latest 1\n"), out=out) == 0
    assert out.getvalue().count(console.PROMPT) == 2  # the question's prompt, then the end's
    assert "The latest articles:" in out.getvalue()


ROOT = Path(__file__).resolve().parent.parent


def readme_transcript(opening: str = "An example conversation") -> str:
    """An example conversation in the README (the first fenced block after opening)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    after = readme.split(opening, 1)[1]
    return after.split("```\n", 2)[1]


@pytest.mark.parametrize(
    ("opening", "article"),
    [
        ("An example conversation", "seeds/000_3c302c1893ed88f7.txt"),
        ("A Russian conversation", "tests/fixtures/ru/ria_zakharova.txt"),
    ],
)
def test_readme_transcript_is_what_the_console_prints(opening: str, article: str) -> None:
    transcript = readme_transcript(opening)
    text = (ROOT / article).read_text(encoding="utf-8")
    # At a terminal the typed question follows the prompt; piped, only the prompt is printed.
    questions = [
        line[len(console.PROMPT) :]
        for line in transcript.splitlines()
        if line.startswith(console.PROMPT)
    ]
    db = open_db(":memory:")
    store_article(db, parse_text(text))
    out = io.StringIO()
    console.chat(db, stdin=io.StringIO("".join(q + "\n" for q in questions)), out=out)
    printed = out.getvalue().split(console.PROMPT)
    replayed = printed[0] + "".join(
        console.PROMPT + q + "\n" + a for q, a in zip(questions, printed[1:], strict=False)
    )
    assert replayed.rstrip("\n") == transcript.rstrip("\n")
