"""The answer record every front end renders: console, JSON and Telegram alike."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from handlers.phrases import Lang
from store.models import AttributionHow, QuoteKind


class AnswerKind(StrEnum):
    """What an answer is; front ends pick a rendering by it, `ask --json` prints it."""

    WHO_SAID = "who_said"  # the quote that best matches some words, with its speaker
    SPEAKER_QUOTES = "speaker_quotes"  # what one speaker said (about a topic)
    RANDOM_QUOTE = "random_quote"
    LATEST = "latest"  # the newest articles; hits carry an empty snippet
    SEARCH = "search"  # paragraphs that answer a question
    HELP = "help"  # what the bot can do (also for an empty message or an unknown /command)
    STATS = "stats"
    NO_MATCH = "no_match"  # nothing matched well enough; text says what to try instead
    ERROR = "error"  # the store failed; text says so
    ADMIN = "admin"  # a reply to an admin's /add, /feeds, /unfeed (handlers/admin.py)
    FOLLOW = "follow"  # a reply to /follow (handlers/follows.py)
    FOLLOWING = "following"  # a reply to /following or /unfollow
    NOTIFICATION = "notification"  # a followed speaker or words in a new article


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
    kind: QuoteKind | None = None  # for quotes
    paragraph: str | None = None  # the whole paragraph the snippet is from
    how: AttributionHow | None = None  # for quotes: how the speaker was found
    confidence: float | None = None  # for quotes: how sure that is, 0-1
    namesake: str = ""  # who else bears the surname credited by, named by then; "" if none
    quoting: bool = False  # the words asked are someone else's, whom the speaker quotes


@dataclass(frozen=True)
class Answer:
    """A reply to one question, as plain data."""

    question: str
    kind: AnswerKind
    text: str  # the whole plain reply a person would read: the lead, then each hit
    hits: tuple[Hit, ...] = field(default_factory=tuple)
    page: int = 0  # which page of a long list (/latest, a speaker's quotes) this is
    has_more: bool = False  # another page follows
    lead: str = ""  # the reply's opening sentence(s), before the hits
    lang: Lang = Lang.EN  # the language it is written in: the question's, or the asker's app's
