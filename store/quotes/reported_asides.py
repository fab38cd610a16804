"""A cue set between commas inside its own statement: "The fleet, Berg said, would return in
the spring." The whole sentence is the speaker's statement, the credit in the middle of it;
reported.py reads every other shape. Kept apart from reported.py for its length."""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.mentions import MentionKind
from store.quotes.reported_shapes import finite, inflected
from store.quotes.statement_words import (
    REPORTED_BARE_PARTICIPLES,
    REPORTED_CLAUSE_SUBORDINATORS,
    REPORTED_CONTINUING_JOINERS,
    REPORTED_RELATIVES,
    REPORTED_SAY_FORMS,
    REPORTED_TELL_FORMS,
)

# What may come between the cue and its closing comma: nothing, a time or a place ("said on
# Friday", "said in a statement", "said of the plan"), or for "told" the one addressed ("told
# reporters"); no clause of its own.
MAX_CUE_TAIL_WORDS = 4
_TAIL_PREPOSITIONS = frozenset(
    ("on", "in", "at", "to", "during", "after", "before", "with", "from", "for", "by", "via", "of")
)
# Another cue before the credit makes the words before it someone's else's, or a tangle.
_SAYING = REPORTED_SAY_FORMS | frozenset(("added", "wrote", "asked")) | REPORTED_TELL_FORMS
# How far into the words after the credit their verb must come: "the quota “is ...”".
MAX_VERB_REACH = 8
MARKS = frozenset("\"“”„«»‘’'")
# Words that open no main clause after the credit: "..., Berg said, adding ...", "which ...".
NOT_A_CLAUSE = (
    REPORTED_BARE_PARTICIPLES
    | REPORTED_CONTINUING_JOINERS
    | REPORTED_CLAUSE_SUBORDINATORS
    | frozenset(("who", "which", "whose", "whom", "that", "than", "or"))
)
# Words before the credit that only link the statement to the one before: "And, she said,
# the fleet ...", "Still, he said, ...": the statement is the words after the credit.
_LINKING = REPORTED_CONTINUING_JOINERS | frozenset(
    ("now", "still", "yet", "so", "perhaps", "instead", "rather", "nor", "also", "indeed")
)
_WORD = re.compile(r"[\w’'.-]+")
_COMMA = re.compile(r",(?=\s)")  # not the one inside "20,000"
# Where the writer's own words before the statement stop: a dash, a semicolon or a colon.
_BREAK = re.compile(r"[;:—–]|\s-{1,2}\s")


def parenthetical(
    raw: str, text: str, begin: int, finish: int, event: Event
) -> tuple[int, int] | None:
    """The sentence [begin, finish) as the speaker's statement when its cue stands between
    commas inside it ("The quota, she said, should not be raised."), else None. The words on
    either side are the writer's, not a direct quote split by its credit (“…,” she said,
    “…”), and the words after the credit carry a verb of their own. "The talks failed, Berg
    said, a setback for the fleet" is the words before the credit only."""
    if event.inverted or event.mention.kind == MentionKind.RELATIVE:
        return None
    begin = _after_break(text, begin, event.mention.start)
    lead = raw[begin : event.mention.start].rstrip()
    if not lead.endswith(",") or lead.lstrip()[:1] in MARKS or lead[:-1].rstrip()[-1:] in MARKS:
        return None  # no comma before the credit, or a direct quote's first half
    lead_words = [w.strip(",;:").casefold() for w in lead.split() if w.strip(",;:")]
    opening = set(lead_words[:-1]) <= REPORTED_CONTINUING_JOINERS  # "And that, Holm said, ..."
    if not lead_words or (lead_words[-1] in REPORTED_RELATIVES and not opening):
        return None  # "attacks that, Sweet noted, ...": the credit inside a relative clause
    if _SAYING & set(lead_words):
        return None  # "as late as she said, he said, ...": another speaker's words before it
    rest = _after_credit(text, event, finish)
    if rest is None:
        return None
    words = raw[rest:finish].split()
    if not words or words[0][:1] in MARKS:
        return None  # “…,” she said, “…”: a direct quote split by its credit
    first = words[0].strip(",;:.").casefold()
    if first in NOT_A_CLAUSE or (first.endswith("ing") and not _gerund_subject(words)):
        return None  # "..., Berg said, adding ...", "..., and ...", "..., promoting ..."
    if first in ("a", "an") or (
        first == "the" and REPORTED_RELATIVES & {w.casefold() for w in words[1:4]}
    ):
        # "..., Berg said, a policy that ...": an appositive to the words before the credit.
        end = begin + len(lead) - 1
        return (begin, end) if shows_verb(raw[begin:end].split()) else None
    if first == "of" and not shows_verb(lead.split()):
        return None  # "proof, the union argued, of ...": no clause on either side
    if not shows_verb(words[:MAX_VERB_REACH]):
        return None  # "The fleet, Berg said, a relic of the war": no clause after the credit
    if all(w in _LINKING or w.endswith("ly") for w in lead_words):
        return rest + len(raw[rest:]) - len(raw[rest:].lstrip()), finish  # "And, she said, ..."
    return begin, finish


def _gerund_subject(words: list[str]) -> bool:
    """True for "revoking licences would be ...": an "-ing" word that opens the clause as its
    subject, its finite verb within a few words and no comma before it."""
    for word in words[1:MAX_CUE_TAIL_WORDS + 1]:
        if finite(word):
            return True
        if not _WORD.fullmatch(word):
            return False
    return False


def _after_break(text: str, begin: int, end: int) -> int:
    """Where the sentence's last stretch before the credit begins, past a dash, semicolon or
    colon ("But they hoped for luck: with the vote so close, they argued, ...")."""
    breaks = [match.end() for match in _BREAK.finditer(text, begin, end)]
    return breaks[-1] if breaks else begin


def _after_credit(text: str, event: Event, finish: int) -> int | None:
    """Where the words after the credit begin: past its closing comma ("said on Friday, ")."""
    comma = _COMMA.search(text, event.end, finish)
    if comma is None:
        return None
    tail = text[event.end : comma.start()].split()
    if not tail:
        return comma.end()
    if len(tail) > MAX_CUE_TAIL_WORDS or any(finite(w) or set(w) & MARKS for w in tail):
        return None  # "said the talks would fail, ...": a clause of the cue's own
    if any(w.casefold() in REPORTED_RELATIVES for w in tail):
        return None  # "asserted that, abortion aside, ...": the clause opens before the comma
    told = event.verb.casefold() in REPORTED_TELL_FORMS
    if tail[0].casefold() not in _TAIL_PREPOSITIONS and not told:
        return None  # "announced four votes for X, ...": an object, not a time or a place
    return comma.end()


def shows_verb(words: list[str]) -> bool:
    """True when the words show a finite verb: an auxiliary or modal, a past in "-ed" after
    a word that is no determiner ("the crews failed"), or marks, the predicate being quoted as
    often as not ("the quota “is far too small”"). A bare "-s" word is as often a plural noun
    ("a relic of the war years") and does not count."""
    for at, word in enumerate(words):
        if finite(word) or set(word) & MARKS:
            return True
        before = words[at - 1].casefold() if at else ""
        past = word.casefold().endswith("ed") and inflected(word)
        if at and past and before not in FUNCTION_WORDS and _WORD.fullmatch(word):
            return True
    return False


def according_aside(text: str, begin: int, finish: int, event: Event) -> bool:
    """True for "according to X" between commas inside its statement ("The fleet, according to
    Berg, is too old to sail."): the words before it end in a comma and show no verb, and the
    words after X's comma carry one."""
    lead = text[begin : event.start].rstrip()
    if not lead.endswith(",") or shows_verb(lead.split()):
        return False  # "The fleet is too old, according to X": the statement is before it
    comma = _COMMA.search(text, event.mention.end, finish)
    if comma is None or text[event.mention.end : comma.start()].strip():
        return False
    words = text[comma.end() : finish].split()
    return bool(words) and words[0].casefold() not in NOT_A_CLAUSE and shows_verb(words)


def relative(after_comma: str) -> bool:
    """True when the words after a source's comma open a relative clause about the source
    ("According to Berg, who spoke on Friday, ..."): the statement comes after its comma."""
    words = after_comma.split()[:1]
    return bool(words) and words[0].casefold() in ("who", "whose", "which")
