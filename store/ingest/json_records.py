"""JSON and JSON Lines records (title, text or body, optional metadata) into articles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from store.errors import SourceError
from store.ingest.datelines import lift_dateline
from store.ingest.dates import normalise_date
from store.ingest.text import clean_line, split_paragraphs
from store.models import Article

_TEXT_FIELDS = ("text", "body", "content", "article", "paragraphs")


def article_from_record(record: Any) -> Article:
    """An Article from a JSON object with title, text (or body) and optional metadata."""
    if not isinstance(record, dict):
        raise SourceError(f"expected a JSON object, got {type(record).__name__}")
    title = clean_line(str(record.get("title") or ""))
    if not title:
        raise SourceError("article has no title")
    body = next((record[key] for key in _TEXT_FIELDS if record.get(key)), None)
    if body is None:
        raise SourceError("article has no text (expected 'text' or 'body')")
    if isinstance(body, list):
        paragraphs = [p for item in body for p in split_paragraphs(str(item))]
    else:
        paragraphs = split_paragraphs(str(body))
    if not paragraphs:
        raise SourceError("article text is empty")
    author = record.get("author") or record.get("byline")
    if isinstance(author, list):
        author = ", ".join(str(name) for name in author)
    article = Article(
        title=title,
        paragraphs=tuple(paragraphs),
        subtitle=_optional(record.get("subtitle") or record.get("description")),
        source=_optional(record.get("source") or record.get("publisher") or record.get("site")),
        published=normalise_date(
            record.get("published") or record.get("date") or record.get("published_at")
        ),
        place=_optional(record.get("place")),
        url=_optional(record.get("url") or record.get("link")),
        author=_optional(author),
    )
    return lift_dateline(article)


def _optional(value: object) -> str | None:
    text = clean_line(str(value)) if value is not None else ""
    return text or None


def parse_json(text: str) -> list[Article | SourceError]:
    """Articles from a JSON document: one object, a list of them, or {"articles": [...]}."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(f"malformed JSON: {error.msg} at line {error.lineno}") from None
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        document = document["articles"]
    records = document if isinstance(document, list) else [document]
    if not records:
        raise SourceError("JSON holds no articles")
    return [_article_or_error(record) for record in records]


def parse_json_lines(text: str) -> Iterator[tuple[int, Article | SourceError]]:
    """(line number, Article or the reason that line is bad) for each line of JSON Lines."""
    lines = text.split("\n")
    if lines and lines[-1].strip() == "":
        lines.pop()  # the newline that ends the last record
    for number, line in enumerate(lines, start=1):
        yield number, parse_json_line(line)


def parse_json_line(line: str) -> Article | SourceError:
    """The article on one line of JSON Lines, or the reason the line is bad."""
    if not line.strip():
        return SourceError("empty line")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return SourceError(f"malformed JSON: {error.msg}")
    return _article_or_error(record)


def _article_or_error(record: Any) -> Article | SourceError:
    try:
        return article_from_record(record)
    except SourceError as error:
        return error
