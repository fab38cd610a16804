"""A subject and its predicate before a colon: "Министр был категоричен: «…»".

Speech is often introduced by what the speaker was, not by a verb of saying ("X не
скрывал:", "Министр был краток:", "Она была краткой:"): the colon then opens the subject's
quote. Only a predicate of verbs, short adjectives, adjectives in the instrumental and
particles counts; "Президент подписал указ:" has an object, and "В заявлении говорится:" or
"Цифры такие:" no person as subject (the mention reader finds none there).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from store.quotes.ru.cues import SPEECH_VERB
from store.quotes.ru.names import parses

MAX_PREDICATE_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")
_PREDICATE_POS = frozenset({"VERB", "ADJS"})
_INSTRUMENTAL = frozenset({"ADJF", "ablt"})  # "была краткой"
_ALSO = frozenset({"PRCL", "ADVB"})  # "не", "тогда", "вновь"


class Predicate(NamedTuple):
    """A predicate that may introduce its subject's quote, with the gender its ending tells."""

    gender: str | None


def colon_predicate(before: str, after: str) -> Predicate | None:
    """The predicate between a subject and a colon, when only one stands there: nothing
    before the subject, a few verbs or short adjectives after it, none a verb of saying
    (those are cues of their own)."""
    if before.strip() or SPEECH_VERB.search(after):
        return None
    words = _WORD.findall(after)
    if not words or len(words) > MAX_PREDICATE_WORDS or len(" ".join(words)) < len(after.strip()):
        return None  # nothing, too long, or marks between: a clause, not a predicate
    gender = None
    seen = False
    for word in words:
        found = parses(word)
        grammemes = found[0].tag.grammemes
        if not _PREDICATE_POS.isdisjoint(grammemes) or any(
            p.tag.grammemes >= _INSTRUMENTAL for p in found
        ):
            seen = True
            gender = gender or next((g for g in ("masc", "femn") if g in grammemes), None)
        elif _ALSO.isdisjoint(grammemes):
            return None
    return Predicate(gender) if seen else None
