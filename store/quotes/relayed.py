"""Words a speaker relays belong to their author: "Vane said Hadley dubbed it “the heist”".

A fragment in marks inside a reported statement is the reporter's words (fragments.py), but
not when the statement's own clause has a speech or naming verb with a subject of its own
before the marks: "Moss said Lind told the board it was “dead”" quotes Lind as Moss relays
him, and "Gomez said a foreman had described the crew as “slow”" quotes the foreman. The
reporter only tells what the inner speaker said; a description stays less sure through its
own way of attribution. A pronoun there is most often the reporter again ("Moss said she
told ..."), so it is the inner speaker only when its sex is not the reporter's; so may a
definite description be ("Lind said ... the senator acknowledged"), which moves nothing.
A verb the reading joined to the reporter's subject across the statement's start ("She
noted that Hadley has criticized X and called X “weak”") has the statement's own subject.

Not every inner cue governs the marks: one in a clause that only sets the time or the
condition and closes before them ("Moss said that when Lind spoke of the port, “we all
listened”") leaves them the reporter's; a participle qualifying a noun ("said remarks by Lind
calling for a ban made him “a hero”") governs only its own few words of object; and words
narration calls someone's ("Lind's claim that ... is “false”") may be the reporter's verdict
on them, so they stay the reporter's (verdicts.py reads those); so does an indirect question
("said critics had asked whether it was “…”"), which the reporter words.
"""

from __future__ import annotations

import re

from store.models import Quote
from store.quotes.attributions import Event
from store.quotes.lexicon import Gender
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.owned_words import OWNED_CUE
from store.quotes.people import Person, position
from store.quotes.speakers import Cast
from store.quotes.statement_words import REPORTED_CLAUSE_SUBORDINATORS
from store.quotes.subjects import sentence_subject

# The word right before a mention: "that when Lind", "once the Senate".
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s*$")
# Words a participle's object may run to before the marks: "calling the port plan “".
_PARTICIPLE_OBJECT = 5


def relayed_event(
    own: Event | None,
    statement: Quote,
    reporting: Event,
    span: QuotedSpan,
    text: str,
    cast: Cast,
) -> Event | None:
    """The inner speaker's event when `own`, the cue the quote's own sentence gives it, is a
    speech verb inside the reported `statement` (read from `reporting`) whose subject opens
    inside it too, before the marks, and names someone other than the reporter."""
    if own is not None and own.mention.start < statement.start <= _verb_at(own):
        own = _own_subject(own, statement, span.paragraph, text, cast)
    return own if relays_inner_speaker(own, statement, reporting, span, text) else None


def _verb_at(event: Event) -> int:
    return event.end - len(event.verb)


def _own_subject(
    joined: Event, statement: Quote, paragraph: int, text: str, cast: Cast
) -> Event | None:
    """A verb the reading joined to the reporter's subject across the statement's start
    ("She noted that Hadley has criticized X and called X “weak”"), given the statement's
    own subject instead, when it names someone."""
    if joined.verb not in _NAMING or "," in text[statement.start : _verb_at(joined)]:
        return None  # "said that X is …, and said that Y …": both the reporter's, joined
    subject = sentence_subject(text, statement.start, _verb_at(joined))
    if subject is None:
        return None
    mention = read_mention(subject.chunk, subject.start)
    if mention is None or mention.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return None
    if mention.end != subject.start + len(subject.chunk.rstrip()):
        return None  # "that Kerr's plan would …": Kerr only qualifies the subject
    speaker = cast.resolve(mention, position(paragraph, mention.start))
    if speaker is None:
        return None
    return Event(mention, joined.verb, mention.start, joined.end, speaker)


# Verbs naming a thing with the words in marks, which "and" joins to a clause's own subject:
# "that Hadley has criticized the port and called it “weak”". A verb of saying joined so
# ("…, and said that …") is most often the reporter's own second statement.
_NAMING = frozenset(
    "called calls dubbed dubs described describes labeled labelled labels branded brands "
    "termed terms".split()
)


def relays_inner_speaker(
    own: Event | None, statement: Quote, reporting: Event, span: QuotedSpan, text: str
) -> bool:
    """True when `own` is a speech verb inside the reported `statement` (read from
    `reporting`) whose subject opens inside it too, before the marks, and names someone
    other than the reporter."""
    if own is None or own.speaker is None or own.inverted or reporting.speaker is None:
        return False
    if not statement.start <= own.mention.start or own.end > span.open_at:
        return False  # the reporter's own cue, or a credit after the marks
    if own.speaker is reporting.speaker or own.speaker.name == statement.speaker:
        return False
    if own.verb == OWNED_CUE or not _governs(own, span, text):
        return False
    return someone_else(own, reporting.speaker)


def someone_else(inner: Event, reporter: Person) -> bool:
    """True when the inner event's mention names someone the reporter cannot be: a name, a
    body, an indefinite description ("a local official"), a pronoun of the other sex. A
    definite description ("the Vermont senator") or a pronoun of the same sex may well
    name the reporter again."""
    mention = inner.mention
    if mention.kind == MentionKind.PRONOUN:
        return _other_sex(mention.gender, reporter.sex)
    if mention.kind == MentionKind.DESCRIPTION:
        return mention.text.split()[0].casefold() not in _DEFINITE
    return mention.kind != MentionKind.RELATIVE


_DEFINITE = frozenset(("the", "this", "that"))


def _other_sex(pronoun: Gender, reporter: Gender) -> bool:
    """True when a pronoun's sex and the reporter's are both known and differ."""
    return pronoun != Gender.UNSAID and reporter != Gender.UNSAID and pronoun != reporter


def _governs(own: Event, span: QuotedSpan, text: str) -> bool:
    """True when the inner cue's clause holds the marks: not a time or condition clause
    ("when Lind spoke, “…”"), nor a participle whose short object ends before them."""
    before = _WORD_BEFORE.search(text, max(0, own.mention.start - 12), own.mention.start)
    if before is not None and before["word"].casefold() in _SUBORDINATORS:
        # "when Lind spoke, “…”" closed before the marks; "the year when Lind called for
        # a “…”" still holds them.
        return "," not in text[own.end : span.open_at]
    if _INDIRECT_QUESTION.search(text, own.end, span.open_at):
        return False  # "said partners had asked if the port was “…”": her rewording
    if own.verb.endswith("ing"):
        return len(text[own.end : span.open_at].split()) <= _PARTICIPLE_OBJECT
    return True


# An indirect question, which the reporter words: "asked if", "asked whether".
_INDIRECT_QUESTION = re.compile(r"\b(?:if|whether)\b")


_SUBORDINATORS = REPORTED_CLAUSE_SUBORDINATORS | frozenset(("if", "unless", "whenever"))
