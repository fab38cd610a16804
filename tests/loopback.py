"""The one loopback HTTP server of the suite: pages and feeds a test sets and changes, served on
127.0.0.1, every request recorded. Also the feeds the tests of several modules serve."""

from __future__ import annotations

import hashlib
import html
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

from store.ingest.addresses import AllowList
from store.ingest.fetch import HttpFetcher

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
CHUNK = 1024  # bytes a trickling server sends at a time
# By default fetching refuses loopback addresses: the tests' servers are allowed explicitly.
LOOPBACK_ALLOW = "127.0.0.0/8"
LOOPBACK = AllowList.parse([LOOPBACK_ALLOW])
loopback_fetch = HttpFetcher(allow=LOOPBACK)  # the real fetcher, with the servers allowed


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class Route:
    """What the server answers at one path."""

    body: bytes
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (to make a client time out)
    trickle: float = 0.0  # seconds between 1 KiB chunks: a server that sends slowly
    validators: bool = False  # send ETag/Last-Modified and answer 304 when they match
    modified: datetime = field(default_factory=_now)
    # Sent this many times over, with no Content-Length (until the connection closes): a
    # huge or endless body the server never holds whole.
    repeat: int = 1

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'

    def answer(self, asked: Message) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for a request with these headers."""
        headers = {"Content-Type": self.content_type}
        if self.validators and self.status == 200:
            headers["ETag"] = self.etag
            headers["Last-Modified"] = format_datetime(self.modified, usegmt=True)
            if asked.get("If-None-Match") == self.etag:
                return 304, {"ETag": self.etag}, b""
        if self.repeat == 1:
            headers["Content-Length"] = str(len(self.body))
        return self.status, headers | self.headers, self.body


NOT_FOUND = (404, {"Content-Length": "0"}, b"")


@dataclass(frozen=True)
class Request:
    """One request the server saw, and how many bytes it answered with (headers included)."""

    path: str
    headers: dict[str, str]
    status: int
    sent_bytes: int


def wire_size(status: int, headers: Mapping[str, str], body: bytes) -> int:
    """Bytes on the wire: status line, headers, blank line and body."""
    head = f"HTTP/1.0 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return len(head) + 2 + len(body)


class LoopbackServer:
    """A ThreadingHTTPServer on 127.0.0.1 whose pages a test sets and changes.

    Use it as a context manager (or through the `local_site` and `feeds` fixtures)."""

    content_type = HTML  # what serve() labels a body with unless told
    validators = False  # whether serve() answers conditional requests unless told

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.lock = threading.Condition()  # notified of each request, for wait_for()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        # Requests still sleeping (delay, trickle) when a test ends do not hold up its teardown.
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            # shutdown() waits up to one poll interval: the default 0.5 s was half of some tests.
            target=self.server.serve_forever,
            kwargs={"poll_interval": 0.02},
            daemon=True,
        )

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = site.route(self.path)
                if route is not None and route.delay:
                    time.sleep(route.delay)
                status, headers, body = NOT_FOUND if route is None else route.answer(self.headers)
                sent = wire_size(status, headers, body)
                site.record(Request(self.path, dict(self.headers), status, sent))
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    for _ in range(route.repeat if route else 1):
                        self.send_body(body, route.trickle if route else 0.0)
                except OSError:  # the client gave up (timeout and size tests)
                    pass

            def send_body(self, body: bytes, trickle: float) -> None:
                if not trickle:
                    self.wfile.write(body)
                    return
                for start in range(0, len(body), CHUNK):
                    time.sleep(trickle)
                    self.wfile.write(body[start : start + CHUNK])
                    self.wfile.flush()

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler

    def serve(
        self,
        path: str,
        body: str | bytes,
        content_type: str | None = None,
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
        trickle: float = 0.0,
        validators: bool | None = None,
        repeat: int = 1,
    ) -> str:
        """Serve body at path (replacing what was there); returns the URL."""
        route = Route(
            body.encode("utf-8") if isinstance(body, str) else body,
            content_type=self.content_type if content_type is None else content_type,
            status=status,
            headers=headers or {},
            delay=delay,
            trickle=trickle,
            validators=self.validators if validators is None else validators,
            repeat=repeat,
        )
        with self.lock:
            self.routes[path] = route
        return self.url(path)

    def route(self, path: str) -> Route | None:
        with self.lock:
            return self.routes.get(path)

    def record(self, request: Request) -> None:
        with self.lock:
            self.requests.append(request)
            self.lock.notify_all()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Answer path with a redirect to `to` (a path or a whole URL); returns the URL."""
        return self.serve(path, b"", status=status, headers={"Location": to})

    def requests_to(self, path: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def wait_for(self, path: str, count: int = 1, timeout: float = 10.0) -> list[Request]:
        """The requests to path, once there are at least count of them; fails after timeout."""
        with self.lock:
            if not self.lock.wait_for(lambda: len(self.requests_to(path)) >= count, timeout):
                raise AssertionError(
                    f"{len(self.requests_to(path))} requests to {path} in {timeout} s"
                )
            return self.requests_to(path)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


class FeedServer(LoopbackServer):
    """The same server with a feed publisher's defaults: RSS, with validators and 304s."""

    content_type = RSS
    validators = True


# --- feeds ---------------------------------------------------------------------------------


def rss(*items: tuple[str, str, str], base: str = "http://news.example") -> str:
    """An RSS feed; each item is (slug, title, body) with the body as full content."""
    entries = "".join(
        f"<item><title>{html.escape(title)}</title><link>{base}/{slug}</link>"
        f"<guid>{base}/{slug}</guid><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>"
        f'<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<![CDATA[{body}]]></content:encoded></item>"
        for slug, title, body in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Loopback News</title><link>{base}/</link>{entries}</channel></rss>"
    )


HARBOUR = ("harbour", "Harbour reopens", "<p>The harbour reopened on Tuesday after repairs.</p>")
GRAIN = (
    "grain",
    "Grain corridor extended",
    "<p>“We will keep the corridor open,” Vladimir Putin said on Thursday.</p>",
)
