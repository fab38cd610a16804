"""A reported statement of fewer than four words: "said he was 34", "said it would appeal",
"said two people died", "said Holm fled".

reported.py drops a clause so short as a fragment ("said so", "a man she said she knew"), but
a subject and its finite verb make a statement however short, and wire copy states ages,
appeals and deaths in three words. The verb must carry something: "she said she would" or
"he said it was" ends on an auxiliary whose predicate went before (an ellipsis), no statement.
"""

from __future__ import annotations

from store.quotes.lexicon import FUNCTION_WORDS
from store.quotes.reported_shapes import CONTRACTED, SUBJECT_PRONOUNS, finite
from store.quotes.statement_words import REPORTED_IRREGULAR_PASTS
from store.quotes.verb_forms import inflected, regular_past

MIN_WORDS = 4  # below it a clause must show its subject and verb
# Function words that open a subject: "the boat sank", "both died", "all survived".
_OPENERS = frozenset("the a an one both all many some each his her their its".split())
# Last words that leave a clause open: an ellipsis's "not", a cut before "that" or "to".
_OPEN_ENDS = frozenset("not that to the a an of if whether".split())


def is_statement(clause: str) -> bool:
    """True when a clause is long enough to report, or short and still a subject and a verb
    that says something ("he was 34", "two people died", not "she would")."""
    words = clause.split()
    if len(words) >= MIN_WORDS:
        return True
    if len(words) < 2 or finite(words[-1]) or words[-1].casefold() in _OPEN_ENDS:
        # One word, an auxiliary closing an ellipsis ("he said she would", "said it would
        # not"), or a clause cut before what it opens ("she found that [while ...]").
        return False
    if CONTRACTED.match(words[0]):
        return True  # "he’s 34", "it’s over"
    if words[0].casefold() in SUBJECT_PRONOUNS:
        return _verb(words[1])  # "he was 34", "it would appeal", "she agreed"
    # "two people died", "the boat sank", "Holm fled": a plural's "-s" is no verb here.
    return _subject(words[0]) and any(_verb(word, present=False) for word in words[1:])


def _subject(word: str) -> bool:
    """A word that may open a subject: a number, a name, a noun or a determiner, not "to"."""
    core = word.casefold()
    return core.isalnum() and (core not in FUNCTION_WORDS or core in _OPENERS)


def _verb(word: str, present: bool = True) -> bool:
    """A finite verb: an auxiliary, a past ("died", "fled") or, after a pronoun, a present."""
    core = word.casefold().strip(".,;:")
    if finite(core) or core in REPORTED_IRREGULAR_PASTS:
        return True
    if core in FUNCTION_WORDS:
        return False  # "explained it this way": "this" is no present
    if not core.isalpha() or core.endswith("eed"):
        return False
    return inflected(core) if present else regular_past(core)
