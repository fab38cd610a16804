"""Who speaks for a reported statement when the cue's own mention is not the whole story: a
participle carrying on the cue before it, "according to" around someone else's words, the
speaker's role, and mentions that name an owner rather than a speaker. Kept apart from
reported.py for its length."""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.attributions import Event
from store.quotes.mentions import MentionKind
from store.quotes.reported_shapes import finite
from store.quotes.statement_words import REPORTED_BARE_PARTICIPLES, REPORTED_RELATIVES

# "Holm told [a crowd in Bodo,] saying": an addressee or circumstance has no more words.
MAX_CIRCUMSTANCE_WORDS = 6
# "Norway’s far-right leader, Ada Kerr, said": a mention read with its possessive.
_POSSESSIVE = re.compile(r"\w[’']s?$")


def participle_speaker(text: str, event: Event, events: list[Event], begin: int) -> Event:
    """ "..., Berg said, adding that ...": a participle right after another cue of its sentence
    carries on that cue's speaker, not the sentence's subject ("The envoy will go, Berg said,
    adding ..." is Berg adding, not the envoy)."""
    if event.verb.casefold() not in REPORTED_BARE_PARTICIPLES:
        return event
    verb_at = event.end - len(event.verb)
    before = [e for e in events if begin <= e.start and e.end <= verb_at and e is not event]
    if not before:
        return event
    last = max(before, key=lambda e: e.end)
    gap = text[last.end : verb_at]
    if last.speaker is None or (gap.strip(" ,") and not _circumstance(gap)):
        return event  # words between them: the participle belongs to another clause
    return replace(event, mention=last.mention, speaker=last.speaker)


def _circumstance(gap: str) -> bool:
    """ "Holm told [a crowd in Bodo,] saying ...": the cue's addressee or circumstance, no
    clause of its own, closed by the comma before the participle."""
    words = gap.split()
    return (
        gap.rstrip().endswith(",")
        and len(words) <= MAX_CIRCUMSTANCE_WORDS
        and not any(finite(w) or w.rstrip(",").casefold() in REPORTED_RELATIVES for w in words)
    )


def relayed(event: Event, events: list[Event], start: int, end: int) -> bool:
    """True for "according to" a source around someone else's words: "According to the
    agency, Berg said ..." is Berg's statement (her own event reports it), not the agency's."""
    if event.verb != "according to":
        return False
    return any(other is not event and start <= other.mention.start < end for other in events)


def first_role(event: Event) -> str | None:
    speaker = event.speaker
    return speaker.roles[0] if speaker and speaker.roles else None


def possessive_speaker(text: str, event: Event) -> bool:
    """True when the speaker was read from a possessive ("Norway’s leader, Ada Kerr, voiced
    support, saying ..."): the owner is not the one speaking, whoever is. "Holm’s (also) said"
    (Holm has said), with the cue right after it or after one adverb, is Holm."""
    mention = event.mention
    if event.inverted or mention.kind == MentionKind.PRONOUN:
        return False  # "He’s comparing ... and says": "he is", never an owner
    if not _POSSESSIVE.search(mention.text):
        return False
    verb = event.verb.split()[0]
    return verb not in text[mention.end :].split()[:2]


# A lower-case letter then a capital inside one word: "McDonald" has one, "GlaxoSmithKline"
# two, page furniture glued to a byline ("BobicFlagShareLikeReply") several.
_CASE_STEP = re.compile(r"[a-z][A-Z]")
MAX_CASE_STEPS = 2  # "FiveThirtyEight" is a name


def glued_name(event: Event) -> bool:
    """True for a speaker whose name glues words of the page together ("Ada KerrFlagShareLike
    Reply"): a live blog's buttons read as part of a byline, nobody's name."""
    speaker = event.speaker
    return speaker is not None and any(
        len(_CASE_STEP.findall(word)) > MAX_CASE_STEPS for word in speaker.name.split()
    )


# Cues that are as often nouns: "the early states", "the state".
_NOUN_CUES = frozenset(("states", "state"))


def noun_cue(text: str, event: Event) -> bool:
    """True for "states" read as a cue far from its speaker ("in Iowa, New Hampshire and
    throughout the early states"): "Holm (also) states that" has the speaker right before it;
    with other words between them the cue is a noun."""
    if event.inverted or event.verb.casefold() not in _NOUN_CUES:
        return False
    between = text[event.mention.end : event.end - len(event.verb)].split()
    return len(between) > 1 or any(not w.endswith("ly") for w in between)


# A capitalised word inside a statement that may name someone else: "CNN's Chris Moody".
_NAME_WORD = re.compile(r"\b[A-Z][a-z’'.-]+\b")


def nested_pronoun(text: str, event: Event, statements: list[tuple[int, int, str | None]]) -> bool:
    """True for a pronoun cue inside another speaker's statement that resolved to that same
    speaker while the statement names someone else first ("Holm noted that Lund had posted
    that ... after he posted that ..."): "he" is as likely the one the statement is about,
    so nobody is sure enough to report."""
    if event.mention.kind != MentionKind.PRONOUN or event.speaker is None:
        return False
    for start, end, speaker in statements:
        if start <= event.mention.start < end and speaker == event.speaker.name:
            named = _NAME_WORD.findall(text, start, event.mention.start)
            own = set(event.speaker.name.split())
            return any(word.rstrip("’'s") not in own for word in named)
    return False


# Two names joined by "and" right before a description: "Holm and Per Lund, a captain, said".
_JOINT_NAMES = re.compile(
    r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s*$"
)
MAX_JOINT_LOOKBACK = 80


def joint_speakers(text: str, event: Event) -> bool:
    """True for a description read as the speaker after two names joined by "and" ("Holm and
    Per Lund, a Bodo captain, argued"): it describes the second alone, and two people speak,
    so the statement is given to neither rather than to one of them."""
    if event.mention.kind != MentionKind.DESCRIPTION:
        return False
    start = event.mention.start
    return bool(_JOINT_NAMES.search(text, max(0, start - MAX_JOINT_LOOKBACK), start))
