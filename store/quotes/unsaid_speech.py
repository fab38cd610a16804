"""Speech acts that assert nothing: said nothing, could tell, plans to say (fix28a).

A reported statement needs words someone said. "Roth said nothing" says none, so the
clause before it ("Responding to the claim that the depot would close, Roth said nothing")
is the writer's setting, not Roth's words. A cue under a modal or a plan ("could tell",
"should say", "wants to tell", "could settle it by telling") reports speech that has not
happened: whatever clause follows is what might be said, never a statement of the speaker's.
"Roth said nothing would change" still reports "nothing would change": there "nothing" is
the subject of the clause, not the verb's empty object. A plain fronted answering phrase
("Responding to critics, the scheme is sound, Roth said") is cut off the statement after
it (fix28d); "must have told" infers an act that happened, so it reports one.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.lexicon import word_set

# Modals whose speech has not happened. "would" stays out: "would only say that ..." and
# "would tell anyone who listened that ..." report what was said, and its negation ("would
# not say whether") is read as a refusal elsewhere. Not rare_cues.MODALS: that list holds
# the modals after which a noun-like word ("could only quip:") is a verb, a cue; this one
# holds those that make the cue no act at all, so the two differ ("would", "must").
_UNSAID_MODALS = word_set("could should might may must can will shall cannot ought")
# "must have told", "must have said": an inference that the act happened (epistemic "must"
# + perfect), so a statement was made. "could/should/might have told" stay unsaid: they
# weigh a past act that did not (or may not) happen ("should have said so" = did not).
_PAST_INFERENCE = word_set("must")
# Verbs of intent or wish before "to" + the cue: "plans to say", "wants to tell".
_INTENTS = word_set(
    """
    want wants wanted plan plans planned intend intends intended hope hopes hoped expect
    expects expected aim aims aimed wish wishes wished need needs needed like prefer
    prefers going
    """
)
# Words that may stand between a modal and its verb: "could also tell", "should not say".
_FILLERS = word_set("also not never only just then still soon simply easily have")
# An empty object ending the act: "said nothing.", "said little about the plan,".
_EMPTY_OBJECT = re.compile(
    r"\s+(?:nothing|little|nothing\s+more|nothing\s+else|no\s+more|not\s+a\s+word)"
    r"(?:\s+(?:about|on|of|to|regarding|in|at|during)\b[^,;.!?]*)?\s*(?:[.,;!?—–]|$)"
)
# A clause break the modal's reach stops at: "He could win, telling voters that ...".
_CLAUSE_BREAK = re.compile(r"[,;:—–()]|\b(?:and|but|or|that|who|which|when|while)\b")
MAX_MODAL_REACH = 6  # words from a modal to the "by"-gerund cue it governs


def unsaid(text: str, begin: int, event: Event) -> bool:
    """True when the event's act asserts nothing: an empty object after it, or a modal or a
    plan before it. `begin` is where the event's sentence starts."""
    if event.inverted:
        return False  # "…, said Roth.": a credit, whatever its words
    if _EMPTY_OBJECT.match(text, event.end):
        return True
    verb_start = event.end - len(event.verb)
    words = text[begin:verb_start].split()
    return _modal_before(words) or _intent_before(words) or _modal_by_gerund(words, event.verb)


def _modal_before(words: list[str]) -> bool:
    """ "could tell", "should not say", "could have told": a modal governs the cue; "must
    have told" (only "have" between) is a past act inferred, not one withheld."""
    between: list[str] = []
    for word in reversed(words[-3:]):
        if word in _UNSAID_MODALS:  # lower case only: capitalised, a modal word may be a name
            return not (word in _PAST_INFERENCE and between == ["have"])
        if word not in _FILLERS:
            return False
        between.append(word)
    return False


def _intent_before(words: list[str]) -> bool:
    """ "plans to say", "wants to tell", "is going to say": an intent, not an act."""
    return len(words) >= 2 and words[-1] == "to" and words[-2] in _INTENTS


def _modal_by_gerund(words: list[str], verb: str) -> bool:
    """ "could settle it by telling": the gerund is the means of a modal's act."""
    if not verb.casefold().endswith("ing") or not words or words[-1].casefold() != "by":
        return False
    reach = words[-MAX_MODAL_REACH - 1 : -1]
    for word in reversed(reach):
        if _CLAUSE_BREAK.search(word):
            return False
        if word in _UNSAID_MODALS:
            return True
    return False


# Fronted words that set up a question or a claim the speaker answers: "Responding to the
# claim that ...,". They are the writer's, whatever clause they hold.
_ANSWERING = re.compile(
    r"^\s*(?:when\s+|while\s+|after\s+)?(?:responding|reacting|replying|referring|turning"
    r"|commenting|pressed|challenged|questioned)\s+(?:to|on|about|over|by|with)\b",
    re.IGNORECASE,
)


# Words inside an answering phrase that open a clause of their own ("Responding to the claim
# that the depot, its biggest site, would close,"): its commas may be the clause's, so no
# comma is surely where the phrase ends.
_CLAUSE_INSIDE = re.compile(r"\b(?:that|who|which|whom|whose|whether|if|what|when|where|why|how)\b")
# A clause subject's first word after the phrase's comma: "the scheme is", "it was", "Vance's".
_SUBJECT_OPENING = re.compile(
    r",\s+(?=(?:the|a|an|it|he|she|they|we|this|these|those|there|his|her|their|its)\b|[A-Z])"
)


def answered_statement(lead: str) -> int | None:
    """Where the speaker's statement begins in a lead before the cue: 0 when no answering
    phrase fronts it; after the phrase's comma when a plain one does ("Responding to critics,
    the scheme is sound, X said": the scheme clause is X's); None when the phrase holds a
    clause of its own, whose commas leave no sure end ("Responding to the claim that ...,")."""
    opening = _ANSWERING.match(lead)
    if opening is None:
        return 0
    comma = lead.find(",", opening.end())
    if comma < 0 or _CLAUSE_INSIDE.search(lead, opening.end(), comma):
        return None
    subject = _SUBJECT_OPENING.match(lead, comma)
    return subject.end() if subject is not None else None
