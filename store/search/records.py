"""What retrieval returns (Match, SpeakerMatch, ArticleRow), and building them from rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database

from store.db import placeholders
from store.models import AttributionHow, QuoteKind


class MatchKind(StrEnum):
    """What a match is: a quote, or a paragraph that holds the words asked about."""

    QUOTE = "quote"
    PARAGRAPH = "paragraph"


@dataclass(frozen=True)
class Match:
    """A quote or paragraph that answers a question, with the article it comes from."""

    kind: MatchKind
    row_id: int
    text: str  # the quote, or the paragraph
    snippet: str  # what to show: the quote, or a window of the paragraph around the match
    score: float  # 0-100
    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None
    paragraph: str | None = None  # the paragraph a quote is in
    speaker: str | None = None
    role: str | None = None
    quote_kind: QuoteKind | None = None
    how: AttributionHow | None = None  # how the quote's speaker was found
    confidence: float | None = None  # how sure that is, 0-1 (None: stored before m006)
    namesake: str = ""  # the other bearer of the surname credited, named by then (namesakes)
    quoting: bool = False  # the words asked are someone else's, whom the speaker quotes


@dataclass(frozen=True)
class SpeakerMatch:
    """A speaker whose name, surname, role or description matches what was asked."""

    id: int
    name: str
    score: float
    named_as: str  # the stored name that matched
    quotes: int


@dataclass(frozen=True)
class ArticleRow:
    """An article's reference data, for lists such as /latest."""

    id: int
    title: str
    source: str | None
    published: str | None
    url: str | None


def one_int(db: Database, sql: str, params: Sequence[object]) -> int:
    row = db.execute(sql, list(params)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


QUOTE_ROWS = """
SELECT q.id, q.text, q.speaker, q.role, q.kind, p.text, a.id, a.title, a.source,
       a.published, a.url, s.name, q.how, q.confidence
FROM quotes q JOIN articles a ON a.id = q.article_id
LEFT JOIN paragraphs p ON p.id = q.paragraph_id
LEFT JOIN speakers s ON s.id = q.speaker_id
"""


def fetch_rows(db: Database, sql: str, ids: Sequence[int]) -> list[tuple[object, ...]]:
    if not ids:
        return []
    return list(db.execute(sql.format(marks=placeholders(ids)), list(ids)).fetchall())


PARAGRAPH_ROWS = """
SELECT p.id, p.text, a.id, a.title, a.source, a.published, a.url
FROM paragraphs p JOIN articles a ON a.id = p.article_id
"""


def paragraph_match(row: Sequence[object], snippet: str, score: float) -> Match:
    """A PARAGRAPH_ROWS row as a match, showing `snippet` of it."""
    pid, text, aid, title, source, published, url = row
    return Match(
        kind=MatchKind.PARAGRAPH,
        row_id=int(str(pid)),
        text=str(text),
        snippet=snippet,
        score=score,
        article_id=int(str(aid)),
        title=str(title),
        source=text_or_none(source),
        published=text_or_none(published),
        url=text_or_none(url),
        paragraph=str(text),
    )


def quote_match(row: Sequence[object], score: float) -> Match:
    (qid, text, speaker, role, kind, paragraph, aid, title, source, published, url, name) = row[:12]
    how, confidence = row[12:14]
    return Match(
        kind=MatchKind.QUOTE,
        row_id=int(str(qid)),
        text=str(text),
        snippet=str(text),
        score=round(score, 1),
        article_id=int(str(aid)),
        title=str(title),
        source=text_or_none(source),
        published=text_or_none(published),
        url=text_or_none(url),
        paragraph=text_or_none(paragraph),
        speaker=text_or_none(name) or text_or_none(speaker),
        role=text_or_none(role),
        quote_kind=None if kind is None else QuoteKind(str(kind)),
        how=None if how is None else AttributionHow(str(how)),
        confidence=None if confidence is None else float(str(confidence)),
    )


def text_or_none(value: object) -> str | None:
    return None if value is None else str(value)
