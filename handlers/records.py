"""The answer record every front end renders: console, JSON and Telegram alike."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArticleRef:
    """Where a hit comes from."""

    id: int
    title: str
    source: str | None
    published: str | None  # ISO 8601, or "--MM-DD" when the dateline had no year
    url: str | None


@dataclass(frozen=True)
class Hit:
    """One sourced snippet: the words, who said them, and the article they come from."""

    article: ArticleRef
    snippet: str  # the text to show: the quote, or a window of the paragraph around the match
    score: float  # 0-100, higher is better
    quote: str | None = None  # the quoted words, for quote hits
    speaker: str | None = None
    role: str | None = None
    kind: str | None = None  # "direct" / "indirect" for quotes
    paragraph: str | None = None  # the whole paragraph the snippet is from


@dataclass(frozen=True)
class Answer:
    """A reply to one question, as plain data."""

    question: str
    kind: str  # who_said, speaker_quotes, random_quote, latest, search, help, stats, no_match, error
    text: str  # the plain reply a person would read
    hits: tuple[Hit, ...] = field(default_factory=tuple)
    page: int = 0  # which page of a long list (/latest, a speaker's quotes) this is
    has_more: bool = False  # another page follows
