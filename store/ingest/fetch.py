"""Fetching URLs for ingestion: bounded in time and size, conditional when asked."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

import httpx

from store.errors import FetchError

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 15.0  # for connecting and for each read
DEADLINE_SECONDS = 60.0  # for the whole download: a server may trickle within each timeout
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


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_BYTES,
) -> Fetched:
    """GET url, following redirects; raises FetchError with a one-line reason."""
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, headers=headers) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return Fetched(str(response.url), 304, b"", etag=etag, last_modified=last_modified)
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            media = media_type(response.headers.get("content-type", ""))
            if media.startswith(BINARY_MEDIA):
                raise FetchError(f"not an article: the server sent {media}")
            content = _read_bounded(response, max_bytes, deadline)
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                content=content,
                content_type=response.headers.get("content-type", ""),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
    except httpx.TimeoutException:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise FetchError("too many redirects (a redirect loop?)") from None
    except httpx.InvalidURL as error:
        raise FetchError(f"invalid URL: {error}") from None
    except httpx.HTTPError as error:
        raise FetchError(f"unreachable: {type(error).__name__}: {error}") from None


def media_type(content_type: str) -> str:
    """The media type of a Content-Type header: "text/html; charset=utf-8" -> "text/html"."""
    return content_type.split(";")[0].strip().lower()


def _read_bounded(response: httpx.Response, max_bytes: int, seconds: float) -> bytes:
    deadline = time.monotonic() + seconds
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"too large ({int(declared) // 1024} KiB; limit {max_bytes // 1024} KiB)")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large (over {max_bytes // 1024} KiB)")
        if time.monotonic() > deadline:
            raise FetchError(f"too slow: not all sent within {seconds:g} s")
        chunks.append(chunk)
    return b"".join(chunks)
