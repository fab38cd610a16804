"""HTML article pages: the article body and metadata, not the navigation (trafilatura)."""

from __future__ import annotations

from urllib.parse import urlparse

import trafilatura
from trafilatura.settings import Document

from store.errors import SourceError
from store.ingest.datelines import lift_dateline
from store.ingest.dates import normalise_date
from store.ingest.text import clean_line
from store.models import Article


def parse_page(markup: str | bytes, url: str | None = None) -> Article:
    """The article in an HTML page; raises SourceError when the page holds none."""
    document = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if not isinstance(document, Document):
        raise SourceError("no article text found in the page")
    text = document.text or ""
    title = clean_line(document.title or "")
    paragraphs = [clean_line(line) for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    # trafilatura keeps the page's <h1> as the first line of the text.
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if not title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    if not title or not paragraphs:
        raise SourceError("no article text found in the page")
    article = Article(
        title=title,
        paragraphs=tuple(paragraphs),
        subtitle=clean_line(document.description or "") or None,
        source=document.sitename or (urlparse(url).hostname if url else None),
        published=normalise_date(document.date),
        url=url or document.url,
        author=document.author,
    )
    return lift_dateline(article)
