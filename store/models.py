"""Records that travel between ingestion, the store and the answers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class QuoteKind(StrEnum):
    """How a quote is given: in quote marks, or as reported speech."""

    DIRECT = "direct"
    INDIRECT = "indirect"


class SpeakerKind(StrEnum):
    """Who a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"  # several people described, not named: "жители района"


class AttributionHow(StrEnum):
    """How a quote's speaker was found: the surer ways first."""

    NAMED = "named"  # a full name at the cue ("said Anna Petrova")
    SURNAME = "surname"  # a surname or first name, widened to a full name named before
    ORGANISATION = "organisation"  # a body speaks ("the ministry said")
    LAYOUT = "layout"  # the page's layout names them: a credit line, a label or a colon
    RELATIVE = "relative"  # "Petrova, who said": the name just before
    HEADLINE = "headline"  # the headline's own attribution ("... - Petrova")
    CARRIED = "carried"  # a paragraph of quotation carrying on the last speaker's words
    PRONOUN = "pronoun"  # "he said": the salient person of the right sex
    DESCRIPTION = "description"  # "the minister said": the person named with that role
    NEARBY = "nearby"  # no cue in the quote's sentence: the paragraph's nearest speaker


class SaveStatus(StrEnum):
    """What storing one article did; FAILED only in ingestion results (nothing was stored)."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    FAILED = "failed"


@dataclass(frozen=True)
class Article:
    """One news article as parsed from a source, before it is stored."""

    title: str
    paragraphs: tuple[str, ...]
    subtitle: str | None = None
    source: str | None = None
    # ISO 8601: "2016-07-22", "2016-07-22T10:00:00+00:00", or "--07-22" when a
    # dateline gives no year (ISO's year-less form, so we never invent one).
    published: str | None = None
    place: str | None = None
    url: str | None = None
    author: str | None = None
    # "en" or "ru" (store.quotes.ru.language): which extractor reads it. English is the
    # default so that every parser and stored row from before languages keeps its meaning.
    language: str = "en"

    # Cached: ingest asks three times an article (is it stored? again in its group's
    # transaction, then for its row), a sha256 over all its text each time.
    @cached_property
    def content_hash(self) -> str:
        """A fingerprint of what the article says, to spot duplicates and changes."""
        digest = hashlib.sha256()
        for part in (self.title, self.subtitle or "", *self.paragraphs):
            digest.update(part.encode("utf-8"))
            digest.update(b"\x00")
        return digest.hexdigest()


@dataclass(frozen=True)
class Quote:
    """Words attributed to a speaker in an article."""

    text: str
    speaker: str | None
    role: str | None
    cue: str | None
    kind: QuoteKind
    paragraph: int | None  # index into Article.paragraphs; None for the headline
    start: int = 0  # character span of the words inside that paragraph (or title)
    end: int = 0
    how: AttributionHow | None = None  # None when no speaker was found
    confidence: float = 0.0  # 0-1: how sure the attribution is (store.quotes.confidence)


@dataclass(frozen=True)
class Speaker:
    """A person or body quoted in an article, with every way the article names it."""

    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    names: tuple[str, ...] = ()  # surname, roles, descriptions, as written


@dataclass(frozen=True)
class Attribution:
    """What quote extraction finds in one article."""

    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
    # People the article names by full name but never quotes ("Grigory Karasin").
    mentioned: tuple[Speaker, ...] = ()
