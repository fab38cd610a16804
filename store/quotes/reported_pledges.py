"""A pledge reported with its infinitive: "Holm vowed to close the harbour by May" is Holm's
statement "to close the harbour by May" (what he promised), though no clause follows the verb.

"promised the crews a raise" (an object) or "pledged to the party" (a preposition) report
nothing: only "to" and a bare verb right after the cue (or after a time: "vowed Sunday to")
open the pledge.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import DETERMINERS
from store.quotes.reported_shapes import finite

_PLEDGE_VERBS = frozenset(("promised", "promises", "vowed", "vows", "pledged", "pledges"))
_TO = re.compile(
    r"(?:\s+(?:on\s+)?(?:\w+day|yesterday|today|again|repeatedly))?\s+(?P<to>to)\s+[“\"]?(?P<verb>[a-z]+\b|\x01)"
)
# Words after "to" that make it a preposition: "pledged to him", "vowed to the crowd".
_NOT_VERBS = DETERMINERS | frozenset(("him", "them", "us", "me", "it", "you", "all", "each"))


def pledge_opening(after: str, verb: str) -> int | None:
    """Where a pledge's infinitive opens in the words after its verb ("vowed [to fight]"),
    or None when the verb is no pledge or no bare verb follows its "to"."""
    if verb.casefold() not in _PLEDGE_VERBS:
        return None
    infinitive = _TO.match(after)
    if infinitive is None or not _bare_verb(infinitive["verb"]):
        return None
    return infinitive.start("to")


def pledged(verb: str, clause: str) -> bool:
    """True for a pledge's own statement, which its infinitive carries without a finite verb."""
    return verb.casefold() in _PLEDGE_VERBS and clause.startswith("to ")


def _bare_verb(word: str) -> bool:
    """A word that may be a bare verb: not a determiner or an object pronoun, nor a plural
    or "-ing" word ("pledged to voters", "vowed to fighting")."""
    if word == "\x01":
        return True  # quoted words (masked) carry the infinitive: "vowed to “be ...”"
    if word in _NOT_VERBS or word.endswith("ing"):
        return False
    return not (word.endswith("s") and not word.endswith(("ss", "us")))


# "vowed to keep the harbour open [and celebrated the ruling]": after "and" or "but" a past
# or finite verb, or a new subject, is the writer's next sentence part, not the pledge's bare
# verbs ("promised to build a quay and dredge the port" goes on).
_JOINED = re.compile(r",?\s+(?:and|but)\s+(?:\w+ly\s+)?(?P<word>[\w’']+)")
# "pledged to cut fees[, then raised them]", "promised to resign if he lost[, but voters ...]":
# after a comma these words open the writer's next clause, never more of the promise.
_COMMA_CLAUSE = re.compile(
    r",\s+(?:then|but|yet|and|while|although|though|whereas|he|she|they|we|i|it)\b", re.IGNORECASE
)
_NEW_SUBJECTS = frozenset(("he", "she", "they", "we", "i", "it"))
_SAYING_VERBS = frozenset(("said", "says", "told", "tells"))


def pledge_end(text: str, start: int, end: int) -> int:
    """Where a pledge's statement stops: before a joined predicate or clause of the writer's."""
    comma = _COMMA_CLAUSE.search(text, start, end)
    end = comma.start() if comma is not None else end
    for joined in _JOINED.finditer(text, start, end):
        word = joined["word"].casefold()
        past = word.endswith("ed") and not word.endswith("eed")
        if past or finite(word) or word in _NEW_SUBJECTS or word in _SAYING_VERBS:
            return joined.start()
    return end


def pledge_relayed(event: Event, events: list[Event], finish: int, clause: str) -> bool:
    """True for a pledge's infinitive another cue of its sentence follows ("Holm has pledged
    to back the plan, Berg said"): it may be the other speaker's claim, so it is left alone."""
    if not pledged(event.verb, clause):
        return False
    return any(event.end < other.end <= finish and other is not event for other in events)
