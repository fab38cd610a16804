"""Words a speaker relays belong to their author: "Vane said Hadley dubbed it “the heist”".

A fragment in marks inside a reported statement is the reporter's words (fragments.py), but
not when the statement's own clause has a speech or naming verb with a subject of its own
before the marks: "Moss said Lind told the board it was “dead”" quotes Lind as Moss relays
him, and "Gomez said a foreman had described the crew as “slow”" quotes the foreman. The
reporter only tells what the inner speaker said; a description stays less sure through its
own way of attribution. A pronoun there is most often the reporter again ("Moss said she
told ..."), so it is the inner speaker only when its sex is not the reporter's; so may a
definite description be ("Lind said ... the senator acknowledged"), which moves nothing.

Not every inner cue governs the marks: one in a clause that only sets the time or the
condition and closes before them ("Moss said that when Lind spoke of the port, “we all
listened”") leaves them the reporter's; a participle qualifying a noun ("said remarks by Lind
calling for a ban made him “a hero”") governs only its own few words of object; and words
narration calls someone's ("Lind's claim that ... is “false”") may be the reporter's verdict
on them, so they stay the reporter's (verdicts.py reads those).
"""

from __future__ import annotations

import re

from store.models import Quote
from store.quotes.attributions import Event
from store.quotes.lexicon import Gender
from store.quotes.marks import QuotedSpan
from store.quotes.mentions import MentionKind
from store.quotes.owned_words import OWNED_CUE
from store.quotes.people import Person
from store.quotes.statement_words import REPORTED_CLAUSE_SUBORDINATORS

# The word right before a mention: "that when Lind", "once the Senate".
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s*$")
# Words a participle's object may run to before the marks: "calling the port plan “".
_PARTICIPLE_OBJECT = 5


def relays_inner_speaker(
    own: Event | None, statement: Quote, reporting: Event, span: QuotedSpan, text: str
) -> bool:
    """True when `own`, the cue the quote's own sentence gives it, is a speech verb inside
    the reported `statement` (read from `reporting`) whose subject opens inside it too, before
    the marks, and names someone other than the reporter."""
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
    if own.verb.endswith("ing"):
        return len(text[own.end : span.open_at].split()) <= _PARTICIPLE_OBJECT
    return True


_SUBORDINATORS = REPORTED_CLAUSE_SUBORDINATORS | frozenset(("if", "unless", "whenever"))
