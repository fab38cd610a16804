"""Quoted words in a headline credited by its own subject: "Minister vows ‘no retreat’ on fuel
duty", "Striking nurses: ‘We have nothing left’", "‘We were robbed,’ says Rovers manager".

headlines.py credits a headline to a name the body knows; headline-speak credits by post or
by group as often ("Minister", "Striking nurses", "Rovers manager"), and lifts a phrase in
marks out of a longer claim. Those marks are the subject's words when a speech verb or a
colon ties them to a subject that can speak. Who that is: the one person (or body) of the body
whom the post fits, else the speaker of the body quote of the same words, else the post
itself; a guess either way (DESCRIBED_HEADLINE), never surer than the body's own credit. A
headline phrase with no such cue ("The ‘ghost fleet’ of the North Sea") stays a term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.models import AttributionHow, Quote, QuoteKind
from store.quotes.headline_credits import DESCRIBED_HEADLINE, role_holder
from store.quotes.headline_echoes import quote_words
from store.quotes.headline_reported import reported_speaker, reported_speech
from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.person_words import TEXT_NOUNS, can_speak, singular
from store.quotes.speakers import Cast
from store.quotes.speech_verbs import HEADLINE_VERBS
from store.quotes.statement_words import REPORTED_DOCUMENT_HEADS
from store.quotes.term_words import WORK_WORDS

# Verbs of saying only: a judging verb's object is often the other side's phrase ("Union
# slams ‘fire and rehire’ plan"), quoted as a name for it, not as the subject's words.
_SAYING_VERBS = (*HEADLINE_VERBS, "tells", "urges")  # a local tuple: the lexicon's stays as is
_VERBS = "|".join(_SAYING_VERBS)
_SUBJECT = r"(?P<chunk>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)"
_QUOTED = r"(?P<open>[‘“\"'])(?P<words>[^‘’“”\"]{2,}?)(?P<comma>,?)(?P<close>[’”\"'])(?!\w)"
# "'We were robbed,' says Rovers manager": the words, a comma inside the closing mark, a verb.
_QUOTE_FIRST = re.compile(r"^" + _QUOTED + r"\s+(?:" + _VERBS + r")\s+" + _SUBJECT + r"\s*$")
# "Striking nurses: 'We have nothing left'": the subject, a colon, the words and nothing more.
_COLON_FIRST = re.compile(r"^" + _SUBJECT + r"\s*:\s+" + _QUOTED + r"[.!?]?\s*$")
# "Minister vows 'no retreat' on fuel duty": the subject, its verb, a phrase in marks later.
_VERB_FIRST = re.compile(r"^" + _SUBJECT + r"\s+(?:" + _VERBS + r")\s+(?P<claim>.+)$")
_PHRASE = re.compile(_QUOTED)
# "Council warns over ‘jobs for friends’ claims": words after "over", "about", "against" or "of"
# are what the subject speaks about, someone else's phrase as often as its own.
_TOPIC_BEFORE = re.compile(r"\b(?:over|about|against|of|on)\s+(?:the\s+|a\s+|an\s+)?$")
_PAIRS = {"‘": "’", "“": "”", '"': '"', "'": "'"}


def subject_headline(title: str, cast: Cast, quotes: Iterable[Quote]) -> Quote | None:
    """The headline's quoted words as its subject's, when a verb or a colon credits them to
    a subject that can speak; None for any other headline."""
    body = [q for q in quotes if q.kind == QuoteKind.DIRECT and q.paragraph is not None]
    match = _QUOTE_FIRST.match(title) or _COLON_FIRST.match(title)
    if match is None:
        verb_first = _VERB_FIRST.match(title)
        phrase = verb_first and _PHRASE.search(title, verb_first.start("claim"))
        if not verb_first or not phrase or _TOPIC_BEFORE.search(title, 0, phrase.start()):
            return None
        inner = reported_speech(title[verb_first.start("claim") : phrase.start()])
        if inner is not None:  # "Witness says Dorn shouted ‘get out’": Dorn's words
            speaker = reported_speaker(inner, cast)
            return _credited(inner, phrase, "says", cast, [], speaker) if speaker else None
        return _credited(verb_first["chunk"], phrase, "says", cast, body)
    return _credited(match["chunk"], match, ":" if match.re is _COLON_FIRST else "says", cast, body)


def _credited(
    chunk: str,
    quoted: re.Match[str],
    cue: str,
    cast: Cast,
    body: list[Quote],
    named: str | None = None,
) -> Quote | None:
    """The quoted words given to the subject `chunk` (the person `named` when the body
    names it), or None when it names no speaker."""
    if _PAIRS[quoted["open"]] != quoted["close"]:
        return None
    if named is None and not _speaks(chunk):
        return None
    words = quote_words(quoted["words"])
    holder = None if named else role_holder(chunk, cast)
    source = None if holder is not None or named else _same_words(words, body)
    speaker = named or (holder.name if holder is not None else source.speaker if source else chunk)
    ceiling = min(source.confidence, DESCRIBED_HEADLINE) if source else DESCRIBED_HEADLINE
    return Quote(
        text=quoted["words"],
        speaker=speaker,
        role=None if named else chunk,
        cue=cue,
        kind=QuoteKind.DIRECT,
        paragraph=None,
        start=quoted.start("words"),
        end=quoted.end("words"),
        how=AttributionHow.HEADLINE,
        confidence=ceiling,
    )


# A writing, a work or a document heading a headline labels its subject ("Film review: ‘…’",
# "Report: ‘…’"): the quoted words are a title or the text's, no one's we can name.
_NO_CREDIT_HEADS = TEXT_NOUNS | WORK_WORDS | REPORTED_DOCUMENT_HEADS


def _speaks(chunk: str) -> bool:
    """True for a subject that can speak: a noun for a person or a body last, no function
    word first ("Why", "The", "How" open no credit)."""
    words = chunk.split()
    head = words[-1].casefold()
    if words[0].casefold() in FUNCTION_WORDS or singular(head) in _NO_CREDIT_HEADS:
        return False
    return can_speak(head)


def _same_words(words: list[str], body: list[Quote]) -> Quote | None:
    """The one speaker's body quote of exactly these words ("stranded" in both)."""
    same = [q for q in body if q.speaker and quote_words(q.text) == words]
    if not same or any(q.speaker != same[0].speaker for q in same):
        return None
    return same[0]
