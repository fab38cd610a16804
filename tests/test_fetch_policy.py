"""What fetching may reach and how much it may take: internal addresses refused after
resolution and on every redirect (unless allowed), the address checked is the one connected to,
bodies bounded while they stream, and a download given up on shutdown."""

from __future__ import annotations

import io
import ipaddress
import logging
import re
import shutil
import signal
import ssl
import subprocess
import threading
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.config import ConfigError, Settings, settings_from
from bot.watch import watch_feeds
from handlers.admin import add_reply
from store.db import open_db
from store.errors import FetchError
from store.ingest.addresses import (
    AddressKind,
    AllowList,
    RefusedDestination,
    address_kind,
    system_resolve,
    without_secrets,
)
from store.ingest.fetch import PAGE_MAX_BYTES, HttpFetcher, fetch
from store.live.feeds import AddedBy, add_feed
from store.live.poll import AddKind, add_url, poll_feed
from tests.fake_bot_api import (
    READER,
    FakeBotApi,
    RunningBot,
    newsbot,
    private_chat,
    replies_to,
    stop,
)
from tests.loopback import LOOPBACK, LOOPBACK_ALLOW, FeedServer, LoopbackServer, loopback_fetch

PAGE = (
    "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
    "<p>The harbour reopened on Tuesday after three weeks of repairs to the old sea wall.</p>"
    "<p>Fishing boats were the first to sail out, the harbour master said.</p>"
    "</article></body></html>"
)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
INTERVAL = timedelta(minutes=15)
KIB = 1024


class FakeResolver:
    """Names of our own resolved to loopback (each lookup counted); the rest as the system does.

    With it, a URL can name a host that is not the loopback server's address, which only a
    fetcher that connects to the address it checked can reach."""

    def __init__(self, *names: str, then: str | None = None) -> None:
        self.names, self.then = set(names), then
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        if host not in self.names:
            return system_resolve(host, port)
        self.lookups.append(host)
        # `then`: what a rebinding name answers after its first lookup.
        return [self.then] if self.then and len(self.lookups) > 1 else ["127.0.0.1"]


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", AddressKind.LOOPBACK),
        ("127.45.6.7", AddressKind.LOOPBACK),
        ("::1", AddressKind.LOOPBACK),
        ("::ffff:127.0.0.1", AddressKind.LOOPBACK),  # IPv4-mapped IPv6
        ("2002:7f00:1::", AddressKind.LOOPBACK),  # 6to4 around 127.0.0.1
        ("10.1.2.3", AddressKind.PRIVATE),
        ("172.16.0.1", AddressKind.PRIVATE),
        ("192.168.1.1", AddressKind.PRIVATE),
        ("::ffff:192.168.1.1", AddressKind.PRIVATE),
        ("64:ff9b::a00:1", AddressKind.PRIVATE),  # NAT64 around 10.0.0.1
        ("fc00::1", AddressKind.PRIVATE),
        ("169.254.169.254", AddressKind.LINK_LOCAL),  # cloud metadata services live here
        ("fe80::1", AddressKind.LINK_LOCAL),
        ("224.0.0.1", AddressKind.MULTICAST),
        ("ff02::1", AddressKind.MULTICAST),
        ("0.0.0.0", AddressKind.UNSPECIFIED),
        ("::", AddressKind.UNSPECIFIED),
        ("240.0.0.1", AddressKind.RESERVED),
        ("::127.0.0.1", AddressKind.RESERVED),  # the deprecated IPv4-compatible form
        ("100.64.0.1", AddressKind.NOT_PUBLIC),  # carrier-grade NAT
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_kinds(address: str, kind: AddressKind | None) -> None:
    assert address_kind(ipaddress.ip_address(address)) == kind


@pytest.fixture
def site() -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        server.serve("/page", PAGE)
        yield server


# Every spelling of the loopback server's address: the check is on what it resolves to.
SPELLINGS = [
    ("127.0.0.1", "127.0.0.1"),
    ("2130706433", "127.0.0.1"),  # decimal
    ("0x7f.1", "127.0.0.1"),  # hex, short form
    ("017700000001", "127.0.0.1"),  # octal
    ("127.1", "127.0.0.1"),
    ("localhost", "127.0.0.1"),
    ("[::ffff:127.0.0.1]", "127.0.0.1"),  # IPv4-mapped IPv6
]


@pytest.mark.parametrize(("host", "address"), SPELLINGS)
def test_loopback_is_refused_however_spelled_and_never_requested(
    site: LoopbackServer, host: str, address: str
) -> None:
    url = f"http://{host}:{site.port}/page"
    with pytest.raises(RefusedDestination) as refused:
        fetch(url)
    assert str(refused.value) == f"refused: {url} resolves to {address}, a loopback address"
    assert site.requests == []


@pytest.mark.parametrize(("host", "address"), SPELLINGS[:5])
def test_an_allowed_network_is_fetched_with_the_name_as_host(
    site: LoopbackServer, host: str, address: str
) -> None:
    url = f"http://{host}:{site.port}/page"
    fetched = loopback_fetch(url)
    assert (fetched.status, fetched.url) == (200, url)
    assert b"Harbour reopens" in fetched.content
    [request] = site.requests
    assert request.headers["Host"] == f"{host}:{site.port}"


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1]:9/x",
        "http://0.0.0.0:9/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.5/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
    ],
)
def test_internal_destinations_are_refused_before_connecting(url: str) -> None:
    with pytest.raises(RefusedDestination, match=r"^refused: .* resolves to "):
        fetch(url, timeout=0.5)


def test_the_refusal_shows_no_password_or_query(site: LoopbackServer) -> None:
    # The reason becomes a feed's last error, which /stats shows to anyone.
    url = f"http://reader:pa55@127.0.0.1:{site.port}/feed?token=t0ken#top"
    with pytest.raises(RefusedDestination) as refused:
        fetch(url)
    assert str(refused.value) == (
        f"refused: http://127.0.0.1:{site.port}/feed resolves to 127.0.0.1, a loopback address"
    )


def test_a_redirect_to_an_internal_address_is_refused(site: LoopbackServer) -> None:
    # news.test is allowed by name (and resolves to the loopback server); the address it
    # redirects to is not.
    secret = site.serve("/secret", "<p>internal</p>")
    fetcher = HttpFetcher(allow=AllowList.parse(["news.test"]), resolve=FakeResolver("news.test"))
    start = f"http://news.test:{site.port}/go"
    site.redirect("/go", f"http://news.test:{site.port}/hop")
    site.redirect("/hop", secret)
    with pytest.raises(RefusedDestination) as refused:
        fetcher(start)
    assert str(refused.value) == f"refused: {secret} resolves to 127.0.0.1, a loopback address"
    assert [r.path for r in site.requests] == ["/go", "/hop"]  # /secret never asked


def test_redirects_are_followed_by_hand_and_report_the_last_url(site: LoopbackServer) -> None:
    site.redirect("/old", "/moved", status=301)
    site.redirect("/moved", "page", status=307)  # relative to the hop
    fetched = loopback_fetch(site.url("/old"))
    assert (fetched.url, fetched.status) == (site.url("/page"), 200)


def test_the_address_checked_is_the_address_connected_to(site: LoopbackServer) -> None:
    # A rebinding name: 127.0.0.1 (allowed) when checked, the metadata address if asked again.
    # Only a fetcher connecting to the address it checked reaches the page: nothing
    # outside this resolver knows news.test.
    resolver = FakeResolver("news.test", then="169.254.169.254")
    fetcher = replace(loopback_fetch, resolve=resolver)
    fetched = fetcher(f"http://news.test:{site.port}/page")
    assert b"Harbour reopens" in fetched.content
    assert resolver.lookups == ["news.test"]
    assert site.requests[0].headers["Host"] == f"news.test:{site.port}"
    with pytest.raises(RefusedDestination, match=r"169\.254\.169\.254, a link-local address"):
        fetcher(f"http://news.test:{site.port}/page")  # the second lookup is checked too


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for news.test (made with openssl), and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-nodes", "-days", "2", "-subj", "/CN=news.test"),
            *("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"),
            *("-addext", "subjectAltName=DNS:news.test", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.mark.parametrize(
    ("name", "fetched"),
    [
        ("news.test", True),
        ("other.test", False),  # same address, but the certificate is not for this name
    ],
)
def test_https_checks_the_certificate_against_the_name_not_the_address(
    certificate: tuple[Path, Path], name: str, fetched: bool
) -> None:
    cert, key = certificate
    served = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    served.load_cert_chain(cert, key)
    trusted = ssl.create_default_context(cafile=str(cert))
    fetcher = replace(loopback_fetch, resolve=FakeResolver(name), tls=trusted)
    site = LoopbackServer()
    site.server.socket = served.wrap_socket(site.server.socket, server_side=True)
    with site:
        site.serve("/page", PAGE)
        url = f"https://{name}:{site.port}/page"
        if fetched:
            assert b"Harbour reopens" in fetcher(url).content
            assert site.requests[0].headers["Host"] == f"{name}:{site.port}"
        else:
            with pytest.raises(
                FetchError, match=r"Hostname mismatch, certificate is not valid for 'other\.test'"
            ):
                fetcher(url)


# --- size, time and shutdown ----------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_while_streaming(site: LoopbackServer) -> None:
    # 12 MiB with no Content-Length: only counting while reading can stop it.
    url = site.serve("/huge", b"<p>" + b"x" * (64 * KIB - 3), repeat=192)
    tracemalloc.start()
    try:
        with pytest.raises(FetchError) as error:
            loopback_fetch(url)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(error.value) == "too large: over the limit of 5.0 MiB"
    assert peak < 2 * PAGE_MAX_BYTES  # not the 12 MiB a whole read would hold


def test_a_declared_length_over_the_limit_is_refused_before_the_body(
    site: LoopbackServer,
) -> None:
    url = site.serve("/declared", b"y" * (2 * 1024 * KIB))
    small = replace(loopback_fetch, max_bytes=1024 * KIB)
    with pytest.raises(FetchError, match=r"^too large: 2\.0 MiB, over the limit of 1\.0 MiB$"):
        small(url)
    assert b"Harbour" in small(site.url("/page")).content  # a page under it is fetched


def test_shutdown_stops_a_trickling_download_at_its_next_chunk(site: LoopbackServer) -> None:
    url = site.serve("/slow", b"z" * KIB, trickle=0.05, repeat=100_000)  # over an hour
    stop = threading.Event()
    fetcher = replace(loopback_fetch, stop=stop)
    outcome: list[BaseException] = []

    def download() -> None:
        try:
            fetcher(url)
        except BaseException as error:  # what the thread ended with, for the assertion
            outcome.append(error)

    thread = threading.Thread(target=download, daemon=True)
    thread.start()
    site.wait_for("/slow")
    stop.set()
    thread.join(5)  # the deadline is 60 s: only the event ends it this soon
    assert not thread.is_alive()
    [error] = outcome
    assert isinstance(error, FetchError) and str(error) == "stopped: shutting down"


def test_a_fetch_asked_after_shutdown_is_not_started(site: LoopbackServer) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(FetchError, match="stopped"):
        replace(loopback_fetch, stop=stop)(site.url("/page"))
    assert site.requests == []


def test_a_poll_stopped_by_shutdown_is_not_counted_as_the_feed_failing(
    fresh_db: Database, site: LoopbackServer
) -> None:
    stop = threading.Event()
    stop.set()
    url = site.url("/feed.xml")
    add_feed(fresh_db, url, AddedBy.CLI)
    fetcher = replace(loopback_fetch, stop=stop)
    result = poll_feed(fresh_db, url, interval=INTERVAL, fetcher=fetcher, now=NOW)
    assert result.error == "stopped: shutting down"
    row = fresh_db.execute("SELECT failures, last_error FROM feeds WHERE url = ?", [url])
    assert row.fetchone() == (0, None)  # no back-off: polled as usual after the restart


# --- /add and feeds -----------------------------------------------------------------------


def test_add_of_an_internal_address_is_refused_in_one_line(
    fresh_db: Database, site: LoopbackServer
) -> None:
    url = site.url("/page")
    result = add_url(fresh_db, url, added_by="telegram:1", interval=INTERVAL, fetcher=HttpFetcher())
    assert (result.kind, result.refused) == (AddKind.FAILED, True)
    assert add_reply(result).text == (
        f"Refused: {url} resolves to 127.0.0.1, a loopback address; "
        "NEWSBOT_FETCH_ALLOW can allow it."
    )
    assert fresh_db["articles"].count == 0 and site.requests == []


def entry(slug: str, link: str, body: str = "") -> str:
    """An RSS item: full text when body is given, else a summary whose page must be fetched."""
    content = (
        f'<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<![CDATA[{body}]]></content:encoded>"
        if body
        else "<description>Short.</description>"
    )
    return (
        f"<item><title>Story {slug}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>{content}</item>"
    )


def test_feed_entries_linking_internal_addresses_are_skipped_and_the_rest_kept(
    fresh_db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    with FeedServer() as server:
        server.serve("/private", PAGE)
        items = [
            entry("public", "http://news.example/public", "<p>The fair opens on Friday.</p>"),
            # Full text, never fetched: still dropped, its address would be shown to all.
            entry("loopback", f"http://127.0.0.1:{server.port}/private", "<p>Inside.</p>"),
            entry("summary", f"http://0x7f.1:{server.port}/private"),  # would be fetched
            entry("metadata", "http://169.254.169.254/latest/"),
        ]
        document = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title>'
            f"{''.join(items)}</channel></rss>"
        )
        server.serve("/feed.xml", document)
        # The feed is on a name the fetcher allows; the addresses its entries link to are not.
        feed = f"http://feeds.test:{server.port}/feed.xml"
        fetcher = HttpFetcher(
            allow=AllowList.parse(["feeds.test"]), resolve=FakeResolver("feeds.test")
        )
        add_feed(fresh_db, feed, AddedBy.CLI)
        with caplog.at_level(logging.WARNING, logger="store.live.poll"):
            result = poll_feed(fresh_db, feed, interval=INTERVAL, fetcher=fetcher, now=NOW)
        assert server.requests_to("/private") == []
    assert len(result.added) == 1
    titles = [row["title"] for row in fresh_db.query("SELECT title FROM articles")]
    assert titles == ["Story public"]
    assert len(result.failed_entries) == 3
    assert all("refused: http://" in failure for failure in result.failed_entries)
    skipped = [r.getMessage() for r in caplog.records if "skipped entry" in r.getMessage()]
    assert len(skipped) == 3 and "169.254.169.254, a link-local address" in skipped[2]


def test_a_feed_looks_each_linked_host_up_once(fresh_db: Database) -> None:
    with FeedServer() as server:
        links = [f"http://site.test/{n}" for n in range(3)] + ["http://news.example/open"]
        items = [entry(link.rsplit("/", 1)[1], link, "<p>Text.</p>") for link in links]
        server.serve("/feed.xml", f'<rss version="2.0"><channel>{"".join(items)}</channel></rss>')
        feed = f"http://feeds.test:{server.port}/feed.xml"
        resolver = FakeResolver("feeds.test", "site.test")
        fetcher = HttpFetcher(allow=AllowList.parse(["feeds.test"]), resolve=resolver)
        add_feed(fresh_db, feed, AddedBy.CLI)
        result = poll_feed(fresh_db, feed, interval=INTERVAL, fetcher=fetcher, now=NOW)
    assert resolver.lookups.count("site.test") == 1  # three entries, one lookup
    assert (len(result.added), len(result.failed_entries)) == (1, 3)


def test_a_watch_stopped_during_a_slow_poll_ends_at_once(
    tmp_path: Path, site: LoopbackServer
) -> None:
    slow = site.serve("/feed.xml", b"<rss>" * 200, trickle=0.05, repeat=100_000)
    settings = Settings(feed_interval_minutes=1, fetch_allow=LOOPBACK)
    stop, codes = threading.Event(), []
    db = open_db(tmp_path / "news.db")
    watcher = threading.Thread(
        target=lambda: codes.append(
            watch_feeds(db, [slow], settings, out=io.StringIO(), stop=stop)
        ),
        daemon=True,  # were it to hang, it must not hold up the rest of the suite
    )
    watcher.start()
    site.wait_for("/feed.xml")
    stop.set()  # what SIGTERM does in `newsbot ingest --watch`
    watcher.join(5)  # the download's own deadline is 60 s
    assert not watcher.is_alive() and codes == [0]


# --- the bot: /add refused in the chat, SIGTERM during a slow /add -------------------------


def test_the_bot_refuses_an_internal_add_by_default(
    tmp_path: Path, api: FakeBotApi, site: LoopbackServer
) -> None:
    # The Application's own fetcher, from settings that allow nothing internal.
    settings = Settings(token=api.token, base_url=api.base_url, admins=frozenset({READER["id"]}))
    url = f"http://2130706433:{site.port}/page"
    with RunningBot(api, open_db(tmp_path / "news.db"), settings=settings):
        message = api.say(private_chat(7), f"/add {url}")
        api.wait_until(lambda: bool(replies_to(api, message)), "the reply to /add")
    assert [call["text"] for call in replies_to(api, message)] == [
        f"Refused: {url} resolves to 127.0.0.1, a loopback address; "
        "NEWSBOT_FETCH_ALLOW can allow it."
    ]
    assert site.requests == []


def test_sigterm_during_a_slow_add_stops_the_bot_at_once(
    tmp_path: Path, api: FakeBotApi, site: LoopbackServer
) -> None:
    # The page trickles for over an hour; the fetch's deadline is 60 s, stop() waits 15 s.
    slow = site.serve("/slow", b"z" * KIB, trickle=0.05, repeat=100_000)
    process = newsbot(
        tmp_path, api, NEWSBOT_ADMINS=str(READER["id"]), NEWSBOT_FETCH_ALLOW=LOOPBACK_ALLOW
    )
    try:
        api.wait_for("setMyCommands", timeout=20)
        api.say(private_chat(7), f"/add {slow}")
        site.wait_for("/slow", timeout=20)
    finally:
        code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err


# --- settings ------------------------------------------------------------------------------


def test_the_allow_list_and_size_limit_come_from_the_settings() -> None:
    settings = settings_from(
        {
            "NEWSBOT_FETCH_ALLOW": "127.0.0.1/32, 10.0.0.0/8,Intranet.Example.",
            "NEWSBOT_FETCH_MAX_MIB": "0.5",
        }
    )
    assert settings.fetch_allow == AllowList(
        (ipaddress.ip_network("127.0.0.1/32"), ipaddress.ip_network("10.0.0.0/8")),
        frozenset({"intranet.example"}),
    )
    assert settings.fetch_max_bytes == 512 * KIB
    assert settings_from({}).fetch_allow == AllowList()  # by default nothing internal
    assert settings_from({"NEWSBOT_FETCH_ALLOW": LOOPBACK_ALLOW}).fetch_allow == LOOPBACK


@pytest.mark.parametrize("raw", ["10.0.0.0/33", "not a host", "http://10.0.0.1/"])
def test_a_bad_allow_list_entry_is_named(raw: str) -> None:
    with pytest.raises(
        ConfigError, match=re.escape(f"NEWSBOT_FETCH_ALLOW: '{raw}' is neither a network")
    ):
        settings_from({"NEWSBOT_FETCH_ALLOW": raw})


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (
            "invalid redirect to 'https://admin:hunter2@news.example/feed?key=abc#top'",
            "invalid redirect to 'https://news.example/feed'",
        ),
        (
            "not a web address: ftp://u:p@files.example/x?t=1",
            "not a web address: ftp://files.example/x",
        ),
        ("timed out reading http://news.example/rss", "timed out reading http://news.example/rss"),
        ("no address in this text", "no address in this text"),
    ],
)
def test_an_error_kept_for_stats_holds_no_secret_of_a_url(error: str, shown: str) -> None:
    # A feed's last error is shown to anyone by /stats.
    assert without_secrets(error) == shown
