""" "Corvane Estates said … A spokeswoman said: “…”": the spokeswoman is the body's.

"A spokeswoman for Corvane Estates said" already names whose voice she is; written bare
right after the body's own statement, she was "A spokeswoman" of nobody, which a reader
asking what the body said never finds. A bare spokesperson credit is the body's whose
statement comes just before it in the same paragraph (no other speaker between), and is
written as the "for" form the article would have used. Only a name a body bears counts (the
cast's body, or a body's or company's name ending: "Corvane Estates", never "Tanwen Evans"),
and no other body may be named in the paragraph before the credit ("Corvane Estates said ...
Harbour Police closed the road. A spokeswoman said" is either's): the spokesperson stays bare.
The body's own statement names what it spoke about, not another body, and people named as a
group ("residents", "voters") are no body; a name the cast holds as a person's (a role, a
he/she) or ending in a singular company noun that may be a surname ("Kelvin Grid") is no
body either (fix28d).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from store.models import Quote, SpeakerKind
from store.quotes.body_name_ends import ends_a_body_name
from store.quotes.company_names import team_or_company_name
from store.quotes.lexicon import ORGANISATION_WORDS, Gender, word_set
from store.quotes.people import Person, position
from store.quotes.person_words import BODY_NOUNS, TEXT_NOUNS
from store.quotes.salience import first_name_gender
from store.quotes.speakers import Cast
from store.quotes.statement_words import REPORTED_DOCUMENT_HEADS

# "A spokeswoman", "a spokesman", "The spokesperson": the bare voice of some body.
_BARE_VOICE = re.compile(r"(?:[Aa]n?|[Tt]he) spokes(?:man|woman|person)")
# Lower-case nouns for a body that may have a spokesperson ("the council", "police"), not
# the writings the organisation words also hold ("a statement", "the report").
# People named as a group ("residents", "voters", "staff") speak for no body and have no
# spokesperson: the organisation words hold them only so that they speak as a group.
_PEOPLE_WORDS = word_set(
    """
    residents voters staff officials analysts critics experts investigators observers
    opponents researchers sources supporters witnesses prosecutors organisers organizers
    """
)
_BODY_WORDS = (
    (ORGANISATION_WORDS | BODY_NOUNS) - REPORTED_DOCUMENT_HEADS - TEXT_NOUNS - _PEOPLE_WORDS
)
_WORD = re.compile(r"[a-z]+")


def body_spokespeople(quotes: Iterable[Quote], cast: Cast) -> list[Quote]:
    """The quotes with a bare spokesperson credit written as the body's spokesperson when
    the body spoke just before it in the paragraph."""
    quotes = list(quotes)
    result = []
    for at, quote in enumerate(quotes):
        speaker = quote.speaker
        if speaker is None or not _BARE_VOICE.fullmatch(speaker):
            result.append(quote)
            continue
        body = _body_before(quotes[:at], quote, cast)
        result.append(replace(quote, speaker=f"{speaker} for {body}") if body else quote)
    return result


def _body_before(earlier: list[Quote], quote: Quote, cast: Cast) -> str | None:
    """The body whose statement is the last before `quote` by someone else than its own
    speaker, in the paragraph where that speaker's run of quotes began, when that paragraph
    names no other body before the run's first quote; else None."""
    first = quote
    for before in reversed(earlier):
        if before.speaker == quote.speaker:
            first = before  # "A spokeswoman said: “…” ¶ “…,” she added"
            continue
        if before.paragraph != first.paragraph or before.speaker is None:
            return None
        if not _body(before.speaker, cast) or _other_body(before, first, cast):
            return None
        return before.speaker
    return None


def _body(name: str, cast: Cast) -> bool:
    """True for a speaker the cast holds as a body, or a name no person bears: no first name
    and a body's or company's last word ("Corvane Estates", "Hallam Foods": the mention reader
    knows no such body word and reads a person; "Tanwen Evans" is one)."""
    known = cast.people.get(name.casefold())
    if known is not None and known.kind == SpeakerKind.ORGANISATION:
        return True
    if known is not None and _a_person(known):
        return False  # "Tanwen Mills, the farm's owner": a role or a he/she makes a person
    words = name.split()
    if len(words) < 2 or any(first_name_gender(word) for word in words[:-1]):
        return False
    # A singular company noun may be a surname ("Kelvin Grid", "Ada Steel"); a plural one
    # ("Estates", "Holdings") names no person.
    return (ends_a_body_name(words[-1]) and words[-1].endswith("s")) or team_or_company_name(name)


def _a_person(known: Person) -> bool:
    """True when the cast holds a sign of a person: a role, or a sex from "he"/"she"."""
    return bool(known.roles) or known.votes != 0 or known.learnt != Gender.UNSAID


def _other_body(statement: Quote, first: Quote, cast: Cast) -> bool:
    """True when the paragraph names a body other than the statement's speaker before the
    spokesperson's first quote: by name in the cast, or by a lower-case body noun ("after
    talks with the council", "The police said ..."). Either may own the spokesperson."""
    paragraph = first.paragraph
    start, end = position(paragraph, 0), position(paragraph, first.start)
    speaker = (statement.speaker or "").casefold()
    for seen, person in cast.named:
        named_body = person.kind == SpeakerKind.ORGANISATION or _body(person.name, cast)
        if start <= seen < end and named_body and person.name.casefold() != speaker:
            return True
    text = cast.raw_texts.get(-1 if paragraph is None else paragraph, "")
    if statement.paragraph == paragraph:  # the body's own statement is about things, no body
        text = (
            text[: statement.start]
            + " " * (statement.end - statement.start)
            + text[statement.end :]
        )
    before = text[: first.start].casefold().replace(speaker, " ")  # the body's name aside
    return any(word in _BODY_WORDS for word in _WORD.findall(before))
