"""Where a reported statement stops at the writer's coordinated clause (fix28a).

"Hale said the cranes would stay, but last week the board decided that the yard would shut":
after ", but" (or ", yet") the writer opens a clause of its own, with a subject and a verb
of its own, and Hale's words end before it. reported_cuts.writer_cut stops at ", but the
board" already; this module reads what it leaves: a time phrase first ("but last week the
board decided"), or a counted subject ("but two members of the board decided"). A clause
still the speaker's keeps going: "said X and that Y" has no subject after its joiner, and
"said X, but “...”" opens the speaker's own marks; a backshifted verb ("but since then it
had grown") or a bare quantifier of the people the statement named ("a few objected, but
most welcomed it") is the speaker's own contrast (fix28d).
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set
from store.quotes.statement_words import NEW_CLAUSE_SUBJECTS
from store.quotes.verb_forms import past

# ", but" / ", yet", a time phrase the clause may open with, then its subject's first word.
_COORDINATED = re.compile(
    r",\s+(?:but|yet)\s+"
    r"(?:(?:(?:last|this|next|that|the\s+same)\s+(?:week|month|year|night|morning|evening|\w+day)"
    r"|on\s+\w+day|in\s+(?:[A-Z]\w+|\d{4})|earlier|later|since\s+then|by\s+then"
    r"|(?:days|weeks|months|hours)\s+later)\s*,?\s+)?"
    r"(?P<subject>[\w’'-]+)"
)
# Counted subjects: "two members of the board", "most residents", "several of them".
_COUNTED = word_set("two three four five six seven eight nine ten several most both all few")
_PAST_AUXILIARIES = word_set("was were had did")
# Bare quantifiers that stand for part of a set the statement already named: "a few residents
# objected, but most welcomed it", "some left, but others stayed". Numbers stay out: "but two
# members of the board voted" counts a set of its own.
_SAME_SET = word_set("most many some others few several all both none")
# Backshifted verbs of reported speech: "the port lost money, but since then it had grown",
# "..., but it would recover": the speaker's own tense, not the writer's narration.
_BACKSHIFTED = word_set("had would")
MAX_VERB_REACH = 6  # words from the subject's first word to its verb


def coordinated_end(text: str, start: int, end: int, verb_end: int) -> int:
    """The end of a statement after its cue (ending at `verb_end`), stopped before a
    coordinated clause of the writer's with its own subject and verb."""
    if end <= verb_end:
        return end  # a statement before its cue: "S, while S2, Holm said" stays whole
    for match in _COORDINATED.finditer(text, start, end):
        subject = match["subject"]
        if subject[:1] in '“"':
            continue
        if not (subject.casefold() in NEW_CLAUSE_SUBJECTS | _COUNTED or subject[:1].isupper()):
            continue
        clause = text[match.start("subject") : end]
        if _same_set(clause) or _backshifted(clause):
            continue  # "but most welcomed it", "but since then it had grown": the speaker's
        if _has_verb(clause):
            return match.start()
    return end


def _words(clause: str) -> list[str]:
    return [w.strip(',.;:“”"') for w in clause.split()[: MAX_VERB_REACH + 1]]


def _same_set(clause: str) -> bool:
    """True for a bare quantifier subject with its verb right after it: "most welcomed"."""
    words = _words(clause)
    return (
        len(words) > 1
        and words[0].casefold() in _SAME_SET
        and words[1].islower()
        and (words[1] in _PAST_AUXILIARIES or past(words[1]) or words[1] in _BACKSHIFTED)
    )


def _backshifted(clause: str) -> bool:
    """True when the clause's first verb is a backshifted "had" or "would" ("it had grown")."""
    for word in _words(clause)[1:]:
        if word in _BACKSHIFTED:
            return True
        if word.islower() and (word in _PAST_AUXILIARIES or past(word)):
            return False
    return False


def _has_verb(clause: str) -> bool:
    """True when a past verb follows the subject within a few words: the writer narrates
    ("the board decided"); a modal ("most of the sheds would go") is as often the speaker's
    own reported clause, left to writer_cut's plainer reading."""
    words = [w.strip(',.;:“”"') for w in clause.split()[1 : MAX_VERB_REACH + 1]]
    return any(w.islower() and (w in _PAST_AUXILIARIES or past(w)) for w in words)
