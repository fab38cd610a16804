"""Fetching URLs for ingestion: only to allowed addresses, bounded in time and size, conditional
when asked."""

from __future__ import annotations

import ssl
import threading
import time
from dataclasses import dataclass
from typing import Protocol

import httpx

from store.errors import FetchError
from store.ingest.addresses import (
    NOTHING_ALLOWED,
    AllowList,
    Resolver,
    checked_address,
    link_refusal,
    system_resolve,
)

MAX_BYTES = 20 * 1024 * 1024  # a local file; see PAGE_MAX_BYTES for what is downloaded
# A page or feed: parsing a 19.5 MiB page held 620 MB, so downloads are bounded well below.
PAGE_MAX_BYTES = 5 * 1024 * 1024
TIMEOUT_SECONDS = 15.0  # for connecting and for each read
DEADLINE_SECONDS = 60.0  # for the whole download: a server may trickle within each timeout
MAX_REDIRECTS = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Media no article or feed comes as: refused on the headers, before the body is downloaded.
BINARY_MEDIA = ("image/", "audio/", "video/", "font/", "application/pdf", "application/zip")
USER_AGENT = "newsbot/0.1 (+https://github.com/newsbot)"


@dataclass(frozen=True)
class Fetched:
    """A fetched resource; status 304 means unchanged since the given validators."""

    url: str
    status: int
    content: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


class Fetcher(Protocol):
    """`fetch`, or a fake of it: a GET, conditional when validators are given."""

    def __call__(
        self, url: str, /, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched: ...


@dataclass(frozen=True)
class HttpFetcher:
    """The real Fetcher: `fetch` with its address policy and limits fixed (from the settings).

    `stop` is set when the process shuts down: a download in progress gives up at its next
    chunk instead of holding the exit for up to `deadline` seconds.
    """

    allow: AllowList = NOTHING_ALLOWED
    max_bytes: int = PAGE_MAX_BYTES
    timeout: float = TIMEOUT_SECONDS
    deadline: float = DEADLINE_SECONDS
    stop: threading.Event | None = None
    resolve: Resolver = system_resolve
    tls: ssl.SSLContext | None = None  # whom to trust; None: the system's certificates

    def __call__(
        self, url: str, /, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        return fetch(
            url,
            etag=etag,
            last_modified=last_modified,
            timeout=self.timeout,
            deadline=self.deadline,
            max_bytes=self.max_bytes,
            allow=self.allow,
            stop=self.stop,
            resolve=self.resolve,
            tls=self.tls,
        )

    def link_refusal(self, url: str) -> str | None:
        """Why a feed entry's link points where fetching may not go; None when it may."""
        try:
            target = httpx.URL(url)
        except httpx.InvalidURL:
            return None
        if target.scheme not in ("http", "https") or not target.host:
            return None
        host = target.raw_host.decode("ascii")
        return link_refusal(url, host, _port(target), self.allow, self.resolve)


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = PAGE_MAX_BYTES,
    allow: AllowList = NOTHING_ALLOWED,
    stop: threading.Event | None = None,
    resolve: Resolver = system_resolve,
    tls: ssl.SSLContext | None = None,
) -> Fetched:
    """GET url, following redirects; raises FetchError with a one-line reason.

    Every hop's host is resolved once and checked (addresses.checked_address), and the
    connection goes to that address, with the name in the Host header and TLS SNI.
    """
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    limit = Limit(max_bytes, time.monotonic() + deadline, deadline, stop)
    # No proxies from the environment (they would make the checked address the proxy's) and
    # no kept connections: each hop connects afresh to the address checked for its host.
    limits = httpx.Limits(max_keepalive_connections=0)
    try:
        with httpx.Client(
            timeout=timeout, trust_env=False, limits=limits, verify=tls or True
        ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                limit.check()
                request = _request_to_checked_address(client, url, headers, allow, resolve)
                response = client.send(request, stream=True)
                try:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        url = _next_hop(url, response.headers["location"])
                        continue
                    return _answer(url, response, limit, etag, last_modified)
                finally:
                    response.close()
            raise FetchError("too many redirects (a redirect loop?)")
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except httpx.InvalidURL as error:
        raise FetchError(f"invalid URL: {error}") from None
    except httpx.HTTPError as error:
        raise FetchError(f"unreachable: {type(error).__name__}: {error}") from None


class FetchStopped(FetchError):
    """The process is shutting down: the download was given up, through no fault of the site."""


@dataclass(frozen=True)
class Limit:
    """What one download may take: bytes, time until `ends`, and the shutdown event."""

    max_bytes: int
    ends: float  # time.monotonic() by which all must have arrived
    seconds: float
    stop: threading.Event | None

    def check(self) -> None:
        """Raise FetchError once the time is up or the process is shutting down."""
        if self.stop is not None and self.stop.is_set():
            raise FetchStopped("stopped: shutting down")
        if time.monotonic() > self.ends:
            raise FetchError(f"too slow: not all sent within {self.seconds:g} s")


def _request_to_checked_address(
    client: httpx.Client, url: str, headers: dict[str, str], allow: AllowList, resolve: Resolver
) -> httpx.Request:
    target = httpx.URL(url)
    if target.scheme not in ("http", "https") or not target.host:
        raise FetchError(f"not a web address: {url}")
    host = target.raw_host.decode("ascii")
    address = checked_address(url, host, _port(target), allow, resolve)
    return client.build_request(
        "GET",
        target.copy_with(host=address),
        headers={**headers, "Host": target.netloc.decode("ascii")},
        extensions={"sni_hostname": host},  # the certificate is checked against the name
    )


def _port(target: httpx.URL) -> int:
    return target.port or (443 if target.scheme == "https" else 80)


def _next_hop(url: str, location: str) -> str:
    try:
        return str(httpx.URL(url).join(location))
    except httpx.InvalidURL as error:
        raise FetchError(f"invalid redirect to {location!r}: {error}") from None


def _answer(
    url: str,
    response: httpx.Response,
    limit: Limit,
    etag: str | None,
    last_modified: str | None,
) -> Fetched:
    if response.status_code == 304:
        return Fetched(url, 304, b"", etag=etag, last_modified=last_modified)
    if response.status_code >= 400:
        raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
    media = media_type(response.headers.get("content-type", ""))
    if media.startswith(BINARY_MEDIA):
        raise FetchError(f"not an article: the server sent {media}")
    return Fetched(
        url=url,
        status=response.status_code,
        content=_read_bounded(response, limit),
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
    )


def media_type(content_type: str) -> str:
    """The media type of a Content-Type header: "text/html; charset=utf-8" -> "text/html"."""
    return content_type.split(";")[0].strip().lower()


def _read_bounded(response: httpx.Response, limit: Limit) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit.max_bytes:
        raise FetchError(
            f"too large: {_size(int(declared))}, over the limit of {_size(limit.max_bytes)}"
        )
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit.max_bytes:
            raise FetchError(f"too large: over the limit of {_size(limit.max_bytes)}")
        limit.check()
        chunks.append(chunk)
    return b"".join(chunks)


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MiB"
    return f"{count // 1024} KiB"
