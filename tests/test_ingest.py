"""Ingestion end to end: files, folders, URLs and feeds into a real SQLite store."""

from __future__ import annotations

import codecs
import json
import multiprocessing
import multiprocessing.forkserver
import os
import socket
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from store.db import open_db
from store.errors import FetchError, SourceError
from store.ingest.batch import IngestResult, ingest
from store.ingest.fetch import Fetched, fetch
from store.ingest.kinds import DocumentKind, document_kind
from store.ingest.pool import PoolPlan
from store.models import Article, Attribution
from store.quotes.extract import extract_quotes
from tests.corpus import count
from tests.loopback import LOOPBACK, LoopbackServer, loopback_fetch

PAGE = """<!doctype html><html><head><title>Harbour reopens | Coast News</title>
<meta property="og:title" content="Harbour reopens after storm">
<meta property="og:site_name" content="Coast News">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Jane Roe"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Tuesday after a week of repairs, the port authority said in a statement.</p>
<p>"We are open for business again," harbour master Ann Lee told reporters at the quay.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Coast News</title><link>{base}/</link>
<item><title>Full entry</title><link>{base}/full</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>Whole text of the entry, long enough.</p><p>Second paragraph.</p>]]></content:encoded>
</item>
<item><title>Harbour reopens after storm</title><link>{base}/page</link>
<description>The harbour reopened.</description></item>
</channel></rss>"""


def statuses(results: list[IngestResult]) -> list[str]:
    return [result.status for result in results]


def test_seed_file_twice_is_one_article(fresh_db: Database, seed_text: str, tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert statuses(ingest(fresh_db, [str(path)])) == ["added"]
    assert statuses(ingest(fresh_db, [str(path), str(path)])) == ["unchanged", "unchanged"]
    assert count(fresh_db, "articles") == 1
    assert count(fresh_db, "paragraphs") == 7


def test_changed_article_at_same_url_is_updated_in_place(
    fresh_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"title": "T", "text": "Old words here.", "url": "http://x/a"}))
    [first] = ingest(fresh_db, [str(path)])
    path.write_text(json.dumps({"title": "T", "text": "New words there.", "url": "http://x/a"}))
    [second] = ingest(fresh_db, [str(path)])
    assert (first.status, second.status, first.article_id) == (
        "added",
        "updated",
        second.article_id,
    )
    assert count(fresh_db, "articles") == 1
    # The FTS index follows the update: the old words are gone, the new ones found.
    match = "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?"
    assert fresh_db.execute(match, ["old"]).fetchone()[0] == 0
    assert fresh_db.execute(match, ["there"]).fetchone()[0] == 1


def test_folder_is_read_recursively_and_hidden_files_skipped(
    fresh_db: Database, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha\n\nBody a.")
    (tmp_path / "sub" / "b.jsonl").write_text(
        '{"title": "Beta", "text": "b"}\n{"title": "Gamma", "text": "c"}\n'
    )
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNo.")
    results = ingest(fresh_db, [str(tmp_path)])
    assert sorted(r.title or "" for r in results) == ["Alpha", "Beta", "Gamma"]


def test_links_in_a_folder_are_followed_and_loops_reported(
    fresh_db: Database, tmp_path: Path
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Beta\n\nBody b.")
    (tmp_path / "a.txt").write_text("Alpha\n\nBody a.")
    (tmp_path / "loop.txt").symlink_to("loop.txt")  # a link to itself
    (tmp_path / "gone.txt").symlink_to("nowhere.txt")
    (tmp_path / "sub" / "up").symlink_to("..")  # back to an ancestor: would never end
    (tmp_path / "elsewhere").symlink_to(tmp_path / "sub")  # a linked folder is read
    results = ingest(fresh_db, [str(tmp_path)])
    assert [
        (Path(r.source).relative_to(tmp_path).as_posix(), r.status, r.reason) for r in results
    ] == [
        ("a.txt", "added", None),
        ("elsewhere/b.txt", "added", None),
        ("elsewhere/up", "failed", f"symlink loop: leads back to {tmp_path.resolve()}"),
        ("gone.txt", "failed", "broken symlink"),
        ("loop.txt", "failed", "symlink loop"),
        ("sub/b.txt", "unchanged", None),
        ("sub/up", "failed", f"symlink loop: leads back to {tmp_path.resolve()}"),
    ]


def test_a_fifo_is_refused_not_waited_on(fresh_db: Database, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [result] = ingest(fresh_db, [str(fifo)])
    assert (result.status, result.reason) == ("failed", "not a regular file")


def test_a_feed_file_fetches_linked_pages_through_the_given_fetcher(
    fresh_db: Database, tmp_path: Path
) -> None:
    # .invalid never resolves: only the fetcher we pass can produce the page.
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(base="http://news.invalid"))
    pages = {"http://news.invalid/page": PAGE.encode()}

    def fetcher(url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        if url not in pages:
            raise FetchError("HTTP 404 Not Found")
        return Fetched(url, 200, pages[url], "text/html")

    results = ingest(fresh_db, [str(tmp_path)], fetcher=fetcher)
    assert statuses(results) == ["added", "added"]
    text = " ".join(r[0] for r in fresh_db.execute("SELECT text FROM paragraphs"))
    assert "harbour master Ann Lee" in text


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "no such file or directory"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image, not an article"),
        ("blob.bin", b"\x01\x02\x00\x00\x05", "binary file"),
        # Bytes no text encoding has, and controls no text file holds.
        ("junk.dat", b"\x81\x8d\x02\x03 header \x90\x9d", "not UTF-8"),
        # A PDF of plain ASCII is still no article (it used to become one titled %PDF-1.4).
        (
            "report.pdf",
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n\ntrailer\n",
            "a PDF document",
        ),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        ("empty.txt", b"  \n", "empty file"),
        ("broken.json", b'{"title": "x", ', "malformed JSON"),
        (
            "notafeed.xml",
            b"<?xml version='1.0'?><note><to>Tove</to></note>",
            "not an RSS or Atom feed",
        ),
        ("noarticle.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_bad_file_is_one_clear_failure_and_the_batch_goes_on(
    fresh_db: Database, tmp_path: Path, name: str, content: bytes | None, reason: str
) -> None:
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Good\n\nA fine body.")
    results = ingest(fresh_db, [str(bad), str(good)])
    assert statuses(results) == ["failed", "added"]
    assert results[0].source == str(bad)
    assert reason in (results[0].reason or "")


@pytest.mark.parametrize(
    ("name", "content", "title", "body"),
    [
        ("utf16.txt", "Título\n\nCuerpo 🙂.".encode("utf-16"), "Título", "Cuerpo 🙂."),
        (
            "utf16be.txt",
            codecs.BOM_UTF16_BE + "Заголовок\n\nТекст.".encode("utf-16-be"),
            "Заголовок",
            "Текст.",
        ),
        ("utf16.json", json.dumps({"title": "J", "text": "Ü"}).encode("utf-16"), "J", "Ü"),
        ("utf16.jsonl", b'{"title": "L", "text": "l"}\n'.decode().encode("utf-16"), "L", "l"),
        (
            "utf16.html",
            f"<html><body><article><h1>Harbour</h1><p>{'Ships are back. ' * 10}</p></article></body></html>".encode(
                "utf-16"
            ),
            "Harbour",
            "Ships are back.",
        ),
        # Not UTF-8: read as Windows-1252 (which Latin-1 text is too).
        ("latin1.txt", "Café\n\nCrème brûlée.".encode("latin-1"), "Café", "Crème brûlée."),
        ("cp1252.jsonl", '{"title": "Q", "text": "“Yes”"}\n'.encode("cp1252"), "Q", "“Yes”"),
        # UTF-8 once misread as Windows-1252 and saved again.
        ("mojibake.txt", "CafÃ©\n\nâ€œQuotedâ€\x9d.".encode(), "Café", "“Quoted”."),
        ("named with spaces и юникод 🙂.txt", "Лавров\n\nМяч.".encode(), "Лавров", "Мяч."),
    ],
)
def test_text_encodings_are_read(
    fresh_db: Database, tmp_path: Path, name: str, content: bytes, title: str, body: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [result] = ingest(fresh_db, [str(path)])
    assert (result.status, result.reason, result.title) == ("added", None, title)
    text = fresh_db.execute("SELECT group_concat(text, ' ') FROM paragraphs").fetchone()[0]
    assert text.startswith(body)


def test_enormous_file_is_refused_without_reading_it(fresh_db: Database, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: costs no disk
    [result] = ingest(fresh_db, [str(huge)])
    assert result.status == "failed" and "too large" in (result.reason or "")


def test_json_lines_stream_past_the_file_size_limit(
    fresh_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bulk export is one record a line: the limit is per record, not per file.
    monkeypatch.setattr("store.ingest.batch.MAX_BYTES", 200)
    path = tmp_path / "export.jsonl"
    records = [json.dumps({"title": f"T{i}", "text": f"Body {i}."}) for i in range(20)]
    records[5] = json.dumps({"title": "Huge", "text": "word " * 100})
    path.write_text("\n".join(records) + "\n")
    results = ingest(fresh_db, [str(path)])
    assert statuses(results) == ["added"] * 5 + ["failed"] + ["added"] * 14
    assert results[5].source == f"{path}:6" and "too large" in (results[5].reason or "")
    assert results[19].source == f"{path}:20"


def test_bad_json_lines_fail_alone(fresh_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"title": "A", "text": "a"}\n\n{oops}\n{"title": "B", "text": "b"}\n')
    results = ingest(fresh_db, [str(path)])
    assert statuses(results) == ["added", "failed", "failed", "added"]
    assert [r.source for r in results][1] == f"{path}:2"


def test_crash_mid_article_leaves_no_half_article(fresh_db: Database, tmp_path: Path) -> None:
    # A paragraph insert that fails halfway through an article must roll the article back.
    fresh_db.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON paragraphs WHEN new.text LIKE '%EXPLODE%' "
        "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
    )
    (tmp_path / "a.txt").write_text("Doomed\n\nFirst paragraph fine.\n\nEXPLODE here.")
    (tmp_path / "b.txt").write_text("Fine\n\nAll good.")
    results = ingest(fresh_db, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert statuses(results) == ["failed", "added"]
    assert "disk on fire" in (results[0].reason or "")
    titles = [row[0] for row in fresh_db.execute("SELECT title FROM articles")]
    assert titles == ["Fine"]
    assert count(fresh_db, "paragraphs") == 1
    assert (
        fresh_db.execute(
            "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH 'first'"
        ).fetchone()[0]
        == 0
    )


def test_html_page_from_url_keeps_the_article_not_the_navigation(
    fresh_db: Database, local_site: LoopbackServer
) -> None:
    url = local_site.serve("/page", PAGE)
    [result] = ingest(fresh_db, [url], fetcher=loopback_fetch)
    assert result.status == "added"
    row = fresh_db.execute("SELECT title, source, published, author, url FROM articles").fetchone()
    assert row == ("Harbour reopens after storm", "Coast News", "2024-03-05", "Jane Roe", url)
    text = " ".join(r[0] for r in fresh_db.execute("SELECT text FROM paragraphs ORDER BY position"))
    assert "harbour master Ann Lee" in text
    assert "Sport" not in text and "newsletter" not in text


def test_feed_entries_become_articles_and_summaries_fetch_the_page(
    fresh_db: Database, local_site: LoopbackServer
) -> None:
    local_site.serve("/page", PAGE)
    feed_url = local_site.serve(
        "/feed.xml", FEED.format(base=local_site.base), "application/rss+xml"
    )
    results = ingest(fresh_db, [feed_url], fetcher=loopback_fetch)
    assert statuses(results) == ["added", "added"]
    rows = dict(fresh_db.execute("SELECT url, id FROM articles").fetchall())
    full = fresh_db.execute(
        "SELECT group_concat(text, '|') FROM paragraphs WHERE article_id = ?",
        [rows[local_site.url("/full")]],
    ).fetchone()[0]
    assert full == "Whole text of the entry, long enough.|Second paragraph."
    paged = fresh_db.execute(
        "SELECT group_concat(text, '|') FROM paragraphs WHERE article_id = ?",
        [rows[local_site.url("/page")]],
    ).fetchone()[0]
    assert "harbour master Ann Lee" in paged  # fetched from the linked page, not the summary
    assert statuses(ingest(fresh_db, [feed_url], fetcher=loopback_fetch)) == [
        "unchanged",
        "unchanged",
    ]


def test_feed_keeps_the_summary_when_the_linked_page_is_gone(
    fresh_db: Database, local_site: LoopbackServer
) -> None:
    feed_url = local_site.serve(
        "/feed.xml", FEED.format(base=local_site.base), "application/rss+xml"
    )
    results = ingest(fresh_db, [feed_url], fetcher=loopback_fetch)
    assert statuses(results) == ["added", "added"]
    assert (
        fresh_db.execute(
            "SELECT count(*) FROM paragraphs WHERE text = 'The harbour reopened.'"
        ).fetchone()[0]
        == 1
    )


@pytest.mark.parametrize(
    ("feed_path", "link", "expected"),
    [
        ("/feed.xml", "/page", "/page"),  # relative to the feed's address
        ("/news/feed.xml", "../page", "/page"),
        ("/news/feed.xml", "page", "/news/page"),
    ],
)
def test_relative_entry_links_resolve_against_the_feed(
    fresh_db: Database, local_site: LoopbackServer, feed_path: str, link: str, expected: str
) -> None:
    local_site.serve(expected, PAGE)
    feed = FEED.format(base=local_site.base).replace(f"{local_site.base}/page", link)
    served = local_site.serve(feed_path, feed, "application/rss+xml")
    results = ingest(fresh_db, [served], fetcher=loopback_fetch)
    assert statuses(results) == ["added", "added"]
    assert results[1].source == local_site.url(expected)
    [text] = fresh_db.execute(
        "SELECT group_concat(p.text, ' ') FROM paragraphs p JOIN articles a ON a.id = p.article_id "
        "WHERE a.url = ?",
        [local_site.url(expected)],
    ).fetchone()
    assert "harbour master Ann Lee" in text  # the linked page was fetched, not the summary kept


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_and_failing_urls_are_reported(
    fresh_db: Database, local_site: LoopbackServer
) -> None:
    local_site.serve("/broken", "oops", status=500)
    local_site.serve("/garbage.xml", "<rss><<<", "application/rss+xml")
    local_site.serve("/loop", "", status=302, headers={"Location": "/loop"})
    local_site.serve("/report", b"%PDF-1.4\nplain ascii\n\nmore\n", "application/pdf")
    local_site.serve("/photo", b"\x89PNG\r\n\x1a\n", "image/png")
    # Mislabelled: the bytes say PDF whatever the server says.
    local_site.serve("/download", b"%PDF-1.4\nplain ascii\n\nmore\n", "application/octet-stream")
    cases = [
        (f"http://127.0.0.1:{closed_port()}/x", "unreachable"),
        ("http://nothing.invalid/x", "unreachable"),  # .invalid never resolves
        (local_site.url("/missing"), "HTTP 404 Not Found"),
        (local_site.url("/broken"), "HTTP 500"),
        (local_site.url("/garbage.xml"), "feed"),
        (local_site.url("/loop"), "too many redirects"),
        (local_site.url("/report"), "not an article: the server sent application/pdf"),
        (local_site.url("/photo"), "not an article: the server sent image/png"),
        (local_site.url("/download"), "a PDF document, not an article"),
    ]
    ok = local_site.serve("/ok.txt", "Fine\n\nBody.", "text/plain")
    results = ingest(fresh_db, [url for url, _ in cases] + [ok], fetcher=loopback_fetch)
    assert statuses(results) == ["failed"] * len(cases) + ["added"]
    for result, (url, reason) in zip(results, cases, strict=False):
        assert result.source == url and reason in (result.reason or ""), result


def test_a_server_that_trickles_is_cut_off_by_a_whole_download_deadline(
    local_site: LoopbackServer,
) -> None:
    # Every chunk comes within the read timeout, but the whole would take 2 s.
    url = local_site.serve("/slow", PAGE + " " * 40 * 1024, trickle=0.05)
    with pytest.raises(FetchError, match="too slow"):
        fetch(url, timeout=1.0, deadline=0.25, allow=LOOPBACK)


def test_a_binary_answer_is_refused_before_its_body_is_read(local_site: LoopbackServer) -> None:
    url = local_site.serve(
        "/big.pdf", b"%PDF-1.4\n" + b"x" * 200 * 1024, "application/pdf", trickle=0.05
    )
    with pytest.raises(FetchError, match="not an article: the server sent application/pdf"):
        fetch(url, timeout=1.0, deadline=1.0, allow=LOOPBACK)  # reading the 200 KiB would take 10 s


@pytest.mark.parametrize(
    ("content", "suffix", "content_type", "kind"),
    [
        (b"Title\n\nBody.", ".txt", None, DocumentKind.TEXT),
        (b"Title\n\nBody.", None, None, DocumentKind.TEXT),  # nothing declared: sniffed
        (b'{"title": "T"}', ".MD", None, DocumentKind.TEXT),  # the suffix wins, any case
        (b'{"title": "T"}\n{"title": "U"}\n', None, None, DocumentKind.JSON_LINES),
        (b'{\n  "title": "T"\n}', None, None, DocumentKind.JSON),  # one object over lines
        (b"<rss version='2.0'><channel>", ".html", None, DocumentKind.FEED),  # a mislabel
        (b"<rss><channel>", None, "text/html; charset=utf-8", DocumentKind.FEED),
        (b"<!doctype html><html><body>", None, "", DocumentKind.PAGE),
        (b"[1]", None, "application/x-ndjson", DocumentKind.JSON_LINES),
        (b"Title\n\nBody.", None, "text/plain", DocumentKind.TEXT),  # names no kind: sniffed
        (
            "\ufeff<feed xmlns='http://www.w3.org/2005/Atom'>".encode("utf-16-le"),
            None,
            None,
            DocumentKind.FEED,
        ),  # UTF-16 is sniffed as the text it is
    ],
)
def test_document_kind_is_declared_or_sniffed(
    content: bytes, suffix: str | None, content_type: str | None, kind: DocumentKind
) -> None:
    assert document_kind(content, suffix, content_type) is kind


@pytest.mark.parametrize(
    ("content", "content_type", "reason"),
    [
        (b" \n\t", None, "empty file"),
        (b"%PDF-1.4 ...", None, "a PDF document, not an article"),
        (b"Title\x00\x01", None, "binary file, not an article"),
        # Refused on what the server says, before the body is looked at.
        (b"Title\n\nBody.", "image/png", "not an article: the server sent image/png"),
    ],
)
def test_document_kind_refuses_what_holds_no_article(
    content: bytes, content_type: str | None, reason: str
) -> None:
    with pytest.raises(SourceError, match=reason):
        document_kind(content, content_type=content_type)


# --- quote extraction in worker processes (store.ingest.pool) ------------------------------

# Invented news: names, cues and a pronoun, so every table (quotes, speakers) gets rows.
PEOPLE = ["Tilde Marsh", "Oskar Venn", "Ruth Abeyta", "Pavel Dunmore"]


def invented_article(index: int) -> dict[str, str]:
    name = PEOPLE[index % len(PEOPLE)]
    surname = name.split()[-1]
    text = (
        f"Harbour councillor {name} said on Monday that the ferry fares would rise by {index} "
        "per cent.\n\n"
        f"\u201cWe cannot keep the boats running on goodwill,\u201d {surname} told reporters.\n\n"
        "\u201cThe island deserves better,\u201d she added, after the vote."
    )
    return {"title": f"Ferry fares rise again, number {index}", "text": text}


def write_batch(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records))
    return path


def dump(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row but the clock's."""
    tables = {
        "articles": "SELECT id, url, content_hash, title, published FROM articles",
        "paragraphs": "SELECT * FROM paragraphs",
        "quotes": "SELECT * FROM quotes",
        "speakers": "SELECT * FROM speakers",
        "speaker_names": "SELECT * FROM speaker_names ORDER BY speaker_id, article_id, name",
    }
    return {name: [tuple(row) for row in db.execute(sql)] for name, sql in tables.items()}


POISON = "Poisoned article"


def poisoned_extract(article: Article) -> Attribution:
    """The extractor, but failing on one title and saying which process it ran in."""
    if article.title == POISON:
        raise ValueError(f"extractor bug in {multiprocessing.current_process().name}")
    return extract_quotes(article)


def test_the_pool_stores_exactly_the_rows_of_the_serial_path(tmp_path: Path) -> None:
    records = [invented_article(i) for i in range(40)]
    records.insert(20, records[3])  # a duplicate inside the pooled part: unchanged, as serially
    records.insert(30, {"title": "Broken"})  # a record with no text fails alone
    batch = write_batch(tmp_path / "batch.jsonl", records)
    serial, pooled = open_db(tmp_path / "serial.db"), open_db(tmp_path / "pooled.db")
    expected = ingest(serial, [str(batch)], pool=PoolPlan(workers=1))
    # pool_from=4: all but the first four articles go through the workers.
    assert (
        ingest(
            pooled,
            [str(batch)],
            pool=PoolPlan(workers=2, pool_from=4, extract_while_starting=False),
        )
        == expected
    )
    assert statuses(expected).count("unchanged") == 1
    assert dump(pooled) == dump(serial)
    assert len(dump(pooled)["quotes"]) >= 80  # the comparison is over real extraction


@pytest.mark.parametrize(
    ("pool_from", "where"),
    [
        (4, "ForkServerProcess"),  # the batch is bigger than the threshold: a worker ran it
        (50, "MainProcess"),  # a small batch never starts a pool
    ],
)
def test_a_worker_error_fails_only_its_article(
    fresh_db: Database, tmp_path: Path, pool_from: int, where: str
) -> None:
    records = [invented_article(i) for i in range(12)]
    records[8] = {**records[8], "title": POISON}
    batch = write_batch(tmp_path / "batch.jsonl", records)
    plan = PoolPlan(
        workers=2, pool_from=pool_from, extract=poisoned_extract, extract_while_starting=False
    )
    results = ingest(fresh_db, [str(batch)], pool=plan)
    assert statuses(results) == ["added"] * 8 + ["failed"] + ["added"] * 3
    reason = results[8].reason or ""
    assert reason.startswith("could not store: extractor bug in ") and where in reason
    assert count(fresh_db, "articles") == 11


def worker_processes() -> set[int]:
    """The processes the fork server (the parent of every pool worker) has running."""
    server = multiprocessing.forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
    children = set()
    for stat_file in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat_file.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended while we looked
            continue
        if fields[0] != "Z" and int(fields[1]) == server:
            children.add(int(stat_file.parent.name))
    return children


def test_ctrl_c_in_a_pooled_batch_stops_at_an_article_boundary_with_no_worker_left(
    fresh_db: Database, tmp_path: Path
) -> None:
    batch = write_batch(tmp_path / "batch.jsonl", [invented_article(i) for i in range(200)])
    seen: list[IngestResult] = []

    def press_ctrl_c(result: IngestResult) -> None:
        seen.append(result)
        if len(seen) == 30:  # well inside the pooled part, with more queued behind
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(fresh_db, [str(batch)], on_result=press_ctrl_c, pool=PoolPlan(2, pool_from=4))
    assert count(fresh_db, "articles") == 30  # stored whole, each before it was reported
    assert fresh_db.execute("SELECT count(DISTINCT article_id) FROM paragraphs").fetchone()[0] == 30
    deadline = time.monotonic() + 10  # the fork server reaps its exited workers soon after
    while worker_processes() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert worker_processes() == set()
