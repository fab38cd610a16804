"""A sentence's opening word or clause with no comma to close it: "Later she ended by saying",
"When she landed she began by saying".

An opening that a comma closes ("Later, she ...", "When he returned, he ...") is passed at the
comma; without one, the main clause's subject still shows when it is a personal pronoun:
right after a one-word adverb of time, or as the pronoun after the subordinate clause's own
subject ("When he returned he began"). Anything else stays unread (no subject), as before:
"In Ohio Kerr said" may be a place, a name or both.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set
from store.quotes.statement_words import REPORTED_CLAUSE_SUBORDINATORS

Tokens = list[tuple[int, str]]

# One-word openings of time that take no object: "Later she said", never "Later Tuesday".
_TIME_ADVERBS = word_set("later earlier afterward afterwards")
# Personal pronouns that stand as a clause's subject (not "it", "you": no one's statement).
_SUBJECT_PRONOUNS = word_set("he she they we i")


def opens_clause(word: str) -> bool:
    """True for a word that opens a sentence before its main clause ("Afterwards", "Once"),
    never a speaker's name however it is capitalised."""
    return word.casefold() in _TIME_ADVERBS | REPORTED_CLAUSE_SUBORDINATORS


def main_clause(tokens: Tokens) -> Tokens:
    """The words from the main clause's subject on, after an opening no comma closes; [] when
    the subject is no personal pronoun we can pick out."""
    if len(tokens) < 2:
        return []
    opener = tokens[0][1].casefold()
    if opener in _TIME_ADVERBS:
        return tokens[1:] if _pronoun(tokens[1][1]) else []
    if opener not in REPORTED_CLAUSE_SUBORDINATORS:  # "When he returned he began"
        return []
    pronouns = [at for at, (_, word) in enumerate(tokens) if at and _pronoun(word)]
    if not pronouns or pronouns[-1] == 1:
        return []  # "When he began by saying": the opener's own clause, no main one read
    return tokens[pronouns[-1] :]


def _pronoun(word: str) -> bool:
    return word.casefold() in _SUBJECT_PRONOUNS
