"""Verbs by which a subject takes a stance on words: calls, dismisses as, blames on, touts.

A few words in marks with no cue of their own belong to the subject of their clause when
that subject does something with words or judges: "Reyes dismissed the plan as “absurd”",
"Lind calls it the “big prize”", "Kerr touted her “ten-point plan”". When the clause's
verb only tells what the subject did ("The agency is building a “dry port”", "Both ended
in a “virtual tie”", "She took to wearing a “spouse's pin”"), the marks are the writer's
scare quotes or a term, nobody's words (uncued.own_subject).

Stems, matched at the start of each word between the subject and the marks, so that one
stem covers "calls", "called", "calling". Kept apart from lexicon.py (full).
"""

from __future__ import annotations

import re

from store.quotes.lexicon import SPEECH_VERB_FORMS

STANCE_STEMS = tuple(
    """
    call dub label brand term nam coin describ characteri portray paint cast deem consider
    view see sees saw seen identif dismiss blam accus attack critici denounc condemn
    derid insult mock ridicul slam blast lambast assail savag scold chastis rebuk prais hail
    herald lauded laud tout champion celebrat promis pledg vow urg cit referenc mention
    invok defen push propos advocat endors support oppos favo reject embrac welcom thank
    decr lament complain protest warn hammer attribut credit belie think thought want
    expect hope demand insist argu claim suggest intimat implie imply pronounc coach invit
    address recall refer talk spoke speak toss frame find found
    """.split()
)
_WORD = re.compile(r"[a-z][a-z’'-]*")


# A verb of being right before the marks: "Reddy, who ..., is “a fighter”" says what the
# subject is in its own words, as the annotators read it.
_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|remains|remained|became|seems|seemed)\s+"
    r"(?:(?:a|an|the|so|very|not|just|still)\s+)?$"
)


def takes_a_stance(words_between: str) -> bool:
    """True when the words between a clause's subject and the marks hold a speech verb or
    a verb of judging or dealing with words ("dismissed the plan as", "calls it the"), or
    end on a verb of being ("is “a fighter”")."""
    lowered = words_between.casefold()
    if _COPULA_BEFORE.search(lowered):
        return True
    for word in _WORD.findall(lowered):
        if word in SPEECH_VERB_FORMS or word.startswith(STANCE_STEMS):
            return True
    return False
