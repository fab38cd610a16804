"""Shared fixtures: a fresh real database, a small corpus, the seed text, and a loopback HTTP
server."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlite_utils import Database

from store.db import open_db
from tests.corpus import SEED, build_corpus


@pytest.fixture
def fresh_db() -> Iterator[Database]:
    """An empty, migrated in-memory database."""
    db = open_db(":memory:")
    yield db
    db.close()


@pytest.fixture
def corpus() -> Iterator[Database]:
    """The seed and small articles of our own, with speakers (tests/corpus.py)."""
    db = build_corpus(open_db(":memory:"))
    yield db
    db.close()


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@dataclass
class Route:
    """What the loopback server answers for one path."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    trickle: float = 0.0  # seconds between 1 KiB chunks: a server that sends slowly


class LocalSite:
    """A tiny HTTP server on 127.0.0.1 whose pages a test sets and changes."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers)))
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                self.send_response(route.status)
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
                for name, value in route.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if not route.trickle:
                    self.wfile.write(route.body)
                    return
                for start in range(0, len(route.body), 1024):
                    time.sleep(route.trickle)
                    self.wfile.write(route.body[start : start + 1024])
                    self.wfile.flush()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def serve(
        self,
        path: str,
        body: str | bytes,
        content_type: str = "text/html; charset=utf-8",
        **kw: object,
    ) -> str:
        """Serve body at path; returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, content_type, **kw)  # type: ignore[arg-type]
        return self.url(path)


@pytest.fixture
def local_site() -> Iterator[LocalSite]:
    """A loopback HTTP server, stopped after the test."""
    site = LocalSite()
    site.thread.start()
    yield site
    site.server.shutdown()
    site.server.server_close()
