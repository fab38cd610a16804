"""An inverted cue between commas inside its statement: "The trouble with the fleet, says
Ada Kerr, a historian at Dover College, is that it was never finished."

reported_asides.parenthetical reads "X, Kerr said, Y" only; the inverted credit may carry a
short description of its speaker before its closing comma. The whole sentence is the
speaker's, as with the plain aside.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.reported_asides import MARKS, NOT_A_CLAUSE, shows_verb
from store.quotes.reported_shapes import QUOTE_MARKS, finite
from store.quotes.statement_words import REPORTED_SAY_FORMS, REPORTED_TELL_FORMS

MAX_DESCRIPTION_WORDS = 9  # "a historian at the National Dover Library": a role and a place
MAX_VERB_REACH = 8
_COMMA = re.compile(r",(?=\s)")
_SAYING = REPORTED_SAY_FORMS | REPORTED_TELL_FORMS | frozenset(("added", "wrote", "asked"))


def inverted_aside(raw: str, begin: int, finish: int, event: Event) -> tuple[int, int] | None:
    """The sentence [begin, finish) as the speaker's statement when an inverted cue ("says
    Kerr", "says Kerr, a historian,") stands between commas inside it, and the words after it
    go on the clause with a verb of their own; else None."""
    if not event.inverted or event.mention.start < event.end:
        return None  # "Kerr says": not inverted
    lead = raw[begin : event.start].rstrip()
    if not lead.endswith(",") or lead.lstrip()[:1] in MARKS:
        return None  # no comma before the credit, or a direct quote's first half
    if QUOTE_MARKS & set(lead):
        return None  # quoted words before the credit: the direct quote's reading
    if _SAYING & {w.strip(",;:").casefold() for w in lead.split()}:
        return None  # another cue before it: someone else's words, or a tangle
    if raw[event.end : event.mention.start].strip():
        return None  # "says of the plan Kerr": not the plain inverted credit
    rest = _after_description(raw, event.mention.end, finish)
    if rest is None:
        return None
    words = raw[rest:finish].split()
    if not words or words[0][:1] in MARKS:
        return None  # “…,” says Kerr, “…”: a direct quote split by its credit
    first = words[0].strip(",;:.").casefold()
    if first in NOT_A_CLAUSE or first.endswith("ing") or first in ("a", "an"):
        return None  # "..., says Kerr, adding ...", "..., a policy that ...": the writer's
    if not shows_verb(words[:MAX_VERB_REACH]):
        return None
    return begin, finish


def _after_description(raw: str, end: int, finish: int) -> int | None:
    """Where the words after the credit begin: past the name's comma, or past a short
    description of the speaker and its own comma ("says Kerr, a historian at X, ...")."""
    first = _COMMA.search(raw, end, finish)
    if first is None or raw[end : first.start()].strip():
        return None  # "says Kerr of the union, ...", or no comma at all
    second = _COMMA.search(raw, first.end(), finish)
    if second is None:
        return None
    described = raw[first.end() : second.start()].split()
    # Only a description of the speaker goes between the two commas: no verb, no marks, short.
    if described and len(described) <= MAX_DESCRIPTION_WORDS and _description(described):
        return second.end()
    return first.end()


def _description(words: list[str]) -> bool:
    """True for "a historian at Dover College", "the union's director": a noun phrase with no
    verb or marks, opening with a determiner or a capitalised or lower-case noun."""
    if any(finite(w) or QUOTE_MARKS & set(w) for w in words):
        return False
    first = words[0].casefold()
    return first not in NOT_A_CLAUSE and not first.endswith("ing")
