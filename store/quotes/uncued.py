"""Whom a quote with no cue of its own belongs to: the subject of its own clause.

"Pardo calls herself a “change warrior”" has no speech verb, yet its words are Pardo's, not
those of whoever a speech verb elsewhere in the paragraph names. And when the clause opens with
something else ("The results also showed the limits of “old money”", "Vance's
“assertion” ...", "Under Ohio law, ..."), no speaker of the paragraph said it: better
unattributed than given to the nearest cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.models import SpeakerKind
from store.quotes.addressed import put_to_subject
from store.quotes.and_clauses import and_clause_start
from store.quotes.attributions import Event
from store.quotes.later_clauses import opens_own_clause
from store.quotes.lexicon import (
    DESCRIPTION_OPENERS,
    NON_SUBJECT_PREPOSITIONS,
    ORGANISATION_WORDS,
    ROLE_CHANGERS,
    ROLE_WORDS,
)
from store.quotes.link_openings import no_subject_of_its_own
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.name_words import POSSESSIVE_ENDINGS
from store.quotes.own_clause_leads import own_clause_between
from store.quotes.people import position
from store.quotes.salience import in_subject_place, modifies
from store.quotes.speakers import Cast, Person
from store.quotes.speech import speech_verbs
from store.quotes.subjects import sentence_subject
from store.quotes.time_clauses import in_time_clause


@dataclass(frozen=True)
class OwnSubject:
    """What the subject of a quote's clause says: whose words they are, or nobody's."""

    event: Event | None  # the subject as a cue-less event, when it resolves to a speaker
    foreign: bool  # the clause opens with something else: no nearby guess


NO_SUBJECT = OwnSubject(None, False)
_FOREIGN = OwnSubject(None, True)
_NAMING = frozenset((MentionKind.NAME, MentionKind.ORGANISATION))
# Where a new clause with its own subject may start: "X did this, while Y called it “...”".
# One of four such patterns, each asking its own question: this one (the last clause before
# an uncued quote) reads dashes and a bare "while"; colon_clauses._JOINER reads more words
# after a comma ("..., before Lind cut her off:"), which here move the extraction digest;
# later_clauses and next_cues look back from a cue's subject, not forward over a sentence.
_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;|\s[-–—]+\s*(?:but|and)?|\s(?:while|whereas))\s+")
# Someone's claim, charge or words that ...: what follows is that person's, not the subject's.
_CLAIM_OF = re.compile(r"\b[A-Z][\w-]*(?:’s|'s|s’|s')\s+(?:\w+\s+){0,2}?\w+\s+that\b")
_PERSONAL = frozenset(("he", "she"))
_NOUN_REACH = 3  # a determiner and the two words after it
# Role words that only qualify a noun ("his first videos", "the top story"): no speaker's.
_MODIFIERS = ROLE_CHANGERS | frozenset(
    "top senior junior federal national presidential foreign prime state general".split()
)


def own_subject(
    span: QuotedSpan, text: str, ends: list[int], events: list[Event], cast: Cast
) -> OwnSubject:
    """The speaker the subject before a quote in its own clause names, if any."""
    start = max((end for end in ends if end <= span.open_at), default=0)
    stop = next((end for end in ends if end > span.open_at), len(text))
    timed = [
        e for e in events
        if start <= e.start < stop and in_time_clause(text, start, e.start, e.end, span.open_at)
    ]
    if timed:
        # "As Kerr spoke, the union urged “...”": the main clause's subject, or nobody named.
        after = text.index(",", timed[-1].end) + 1
        rest = [e for e in events if e not in timed]
        own = _own_subject(span, text, rest, cast, after, stop)
        return own if own.event is not None else _FOREIGN
    return _own_subject(span, text, events, cast, start, stop)


def _contrasted(found: OwnSubject, events: list[Event], start: int, open_at: int) -> OwnSubject:
    """A clause of its own set against an earlier cue's ("Critics call it “…”, but she calls it
    “…”") has another subject: resolved back to that cue's speaker, or left to the nearest
    cue (which is that one), it is nobody we can name."""
    if found.event is None:
        return _FOREIGN
    earlier = {id(e.speaker) for e in events if start <= e.start and e.end <= open_at}
    return _FOREIGN if id(found.event.speaker) in earlier else found


def _other_clause(text: str, span: QuotedSpan, event: Event) -> bool:
    """True for a cue of another clause: after the quote, or before a clause of the quote's
    own ("Critics call it “…”, but she calls it “…”")."""
    return later_clause(text, span, event) or (
        event.end <= span.open_at and own_clause_between(text, event.end, span.open_at)
    )


def _own_subject(
    span: QuotedSpan, text: str, events: list[Event], cast: Cast, start: int, stop: int
) -> OwnSubject:
    if any(start <= e.start < stop and not _other_clause(text, span, e) for e in events):
        return NO_SUBJECT  # a cue of the sentence itself, past another quote: read as before
    if not text[start : span.open_at].strip():
        return NO_SUBJECT  # the quote opens its sentence: its cue, if any, is elsewhere
    if _CLAIM_OF.search(text, start, span.open_at):
        return _FOREIGN  # "Kerr blamed Dunn's claim that the port “was sinking”": Dunn's words
    clause = _clause_start(text, start, span.open_at)
    own = own_clause_between(text, start, span.open_at)  # "…; Aske calls it “…”"
    if clause is not None and _reporting(text, start, clause) and not own:
        clause = None  # "X said that Y was “...” while Z is “...”": all X's words
    if clause is not None:
        opening = text[clause : span.open_at].split()
        described = opening and opening[0].casefold() in DESCRIPTION_OPENERS
        if described and not _the_name(opening):
            # "..., and her early posters show a “...”": another subject, no speaker's.
            found = NO_SUBJECT if _speaker_noun(opening) else _FOREIGN
            return _contrasted(found, events, start, span.open_at) if own else found
        subject = sentence_subject(text, clause, span.open_at)
        if subject is not None:
            found = _resolved(subject.chunk, subject.start, clause, text, span, cast)
            return _contrasted(found, events, start, span.open_at) if own else found
    subject = sentence_subject(text, start, span.open_at)
    if subject is None:
        return NO_SUBJECT
    if not text[subject.start + len(subject.chunk) : span.open_at].strip() and _predicate_quoted(
        subject.chunk, text, span, cast
    ):
        return NO_SUBJECT
    agent = _agent(text, subject.start + len(subject.chunk), span, cast)
    if agent is not None:
        return agent  # "Reddy was accused by Ada Kerr of “...”": the agent's words
    if put_to_subject(text, subject.start + len(subject.chunk), span.open_at):
        return _FOREIGN  # "Kerr was asked, “Where were you?”": put to Kerr, not Kerr's
    return _resolved(subject.chunk, subject.start, start, text, span, cast)


_PASSIVE_AGENT = re.compile(
    r"\s+(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?\w+ed\s+"
    r"(?:by\s+(?P<the>the\s+)?(?=[A-Z]))?"
)
_AFTER_CLOSE = re.compile(r"[,”\"’']*\s+by\s+(?:the\s+)?(?=[A-Z])")
_CALLING = ("called", "labeled", "labelled", "dubbed", "branded", "nicknamed", "named")
# Where the agent's words end: "by Ada Kerr of", "by moderator Ada Kerr whether", a mark.
_AGENT_END = re.compile(r"[,;:“”\"\x01]|\s(?:whether|of|as|to|for|on|in|at|if|about|that)\s")


def _agent(text: str, after: int, span: QuotedSpan, cast: Cast) -> OwnSubject | None:
    """The known person after the "by" of a passive verb before the quote, who did the
    calling or accusing the marks quote, else None."""
    link = _PASSIVE_AGENT.match(text, after)
    if link is None:
        return None  # only right after the subject: "X, who was backed by Y, is “...”" is not Y's
    by = link.end() if link[0].rstrip().endswith(" by") or link["the"] else -1
    if by < 0 and link[0].strip().endswith(_CALLING):
        # "X was called “a liar” by Y": the agent follows the quote.
        closing = _AFTER_CLOSE.match(text, span.close_at + 1)
        by = closing.end() if closing else -1
        if by < 0 and link.end() == span.open_at:
            return _FOREIGN  # "X was dubbed “the fixer”": by someone unnamed, never by X
    stop = _AGENT_END.search(text, by) if by >= 0 else None
    chunk = text[by : stop.start() if stop else len(text)] if by >= 0 else ""
    mention = read_mention(chunk, by) if chunk.strip() else None
    if mention is None or mention.kind not in _NAMING:
        return None
    speaker = _speaker(mention, span.paragraph, cast)
    if speaker is None:
        return None
    return OwnSubject(Event(mention, "", mention.start, mention.end, speaker), False)


def _predicate_quoted(chunk: str, text: str, span: QuotedSpan, cast: Cast) -> bool:
    """True when the quote runs straight on from a subject that is just a known person's name
    ("Dunn “kind of misspoke.”"): the marks hold what is said of them, in another's words."""
    mention = read_mention(chunk)
    if mention is None or mention.kind != MentionKind.NAME or mention.text != chunk.strip():
        return False
    if chunk.endswith(POSSESSIVE_ENDINGS):
        return False  # "Kerr's “47 percent” remark": read as before, nobody's
    known = cast.find(mention.name or mention.text)
    return known is not None and known.kind == SpeakerKind.PERSON


def _the_name(opening: list[str]) -> bool:
    """True for a clause opening on "the" and a capitalised word: "the Acme Corp. will"
    names a body, as "Acme Corp." would, no description."""
    return len(opening) > 1 and opening[0] == "the" and opening[1][:1].isupper()


def _clause_start(text: str, start: int, open_at: int) -> int | None:
    found = None
    for match in _CLAUSE.finditer(text, start, open_at):
        found = match.end()
    # "X will call you a cheat and Ledger News will say you faked “...”" (and_clauses.py)
    return and_clause_start(text, found or start, open_at) or found


def _reporting(text: str, start: int, clause: int) -> bool:
    """True when a speech verb comes before the clause in its sentence."""
    return any(verb_start >= start for verb_start, _, _ in speech_verbs(text[:clause]))


def _resolved(
    chunk: str, at: int, clause: int, text: str, span: QuotedSpan, cast: Cast
) -> OwnSubject:
    if no_subject_of_its_own(chunk, text[at + len(chunk) : span.open_at]):
        return NO_SUBJECT  # "“A,” she said. But “B”", "It's “B”": link_openings.py
    mention = read_mention(chunk, at)
    if mention is None and chunk.casefold() in DESCRIPTION_OPENERS:
        # "The board wants “...”": a body or a role may have said it, read as before;
        # "The results showed the weakness of “...”": nobody did.
        return NO_SUBJECT if _speaker_noun(text[at : span.open_at].split()) else _FOREIGN
    if chunk.split()[0].casefold() in NON_SUBJECT_PREPOSITIONS:
        return _FOREIGN  # "Under Ohio law, theft is “...”": a phrase, not who speaks
    if mention is None or chunk.endswith(POSSESSIVE_ENDINGS):
        return _FOREIGN  # "Vance's “assertion”": his words are quoted, as another's report
    if mention.kind == MentionKind.PRONOUN and mention.text.casefold() not in _PERSONAL:
        return NO_SUBJECT  # "It needs a “pause”", "We've seen": read as before
    if mention.kind in _NAMING and not _subject_name(mention, clause, text):
        return _FOREIGN  # "Under Ohio law, ...", "The Archie Bunker stereotype"
    if mention.kind not in _NAMING and mention.kind != MentionKind.PRONOUN:
        return _FOREIGN
    speaker = _speaker(mention, span.paragraph, cast)
    if speaker is None:
        # A body narration never named ("The board wants “...”"): read as before.
        return NO_SUBJECT if mention.kind == MentionKind.ORGANISATION else _FOREIGN
    return OwnSubject(Event(mention, "", mention.start, mention.end, speaker), False)


def _speaker_noun(words: list[str]) -> bool:
    """True when a phrase opening on a determiner names a body or a role in its first words."""
    heads = (word.strip(",.;:").casefold() for word in words[1:_NOUN_REACH])
    return any(
        word in ORGANISATION_WORDS or (word in ROLE_WORDS and word not in _MODIFIERS)
        for word in heads
    )


def _subject_name(mention: Mention, clause: int, text: str) -> bool:
    return in_subject_place(text, mention.start, mention.end, clause) and not modifies(
        text, mention.end
    )


def _speaker(mention: Mention, paragraph: int, cast: Cast) -> Person | None:
    """A pronoun resolved; a name or body only when narration already knows it."""
    at = position(paragraph, mention.start)
    if mention.kind == MentionKind.PRONOUN:
        return cast.resolve(mention, at, cued=False)  # no cue: narration's own pronoun
    known = cast.find(mention.name or mention.text)
    return cast.resolve(mention, at) if known is not None else None


def later_clause(text: str, span: QuotedSpan, event: Event) -> bool:
    """A cue after the quote that opens a clause of its own ("... while Dunn says ..."):
    not the sentence's cue for the quote, so its own subject still speaks."""
    return span.closed and opens_own_clause(text, span.close_at, event)
