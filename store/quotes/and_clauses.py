"""Where "and" with no comma opens a clause of another subject before a quote.

"Vance will call you a cheat and Ledger News will say you faked “...”": the words in marks
are the paper's. Only when the words before "and" hold a finite verb (a clause of their own
ends there) and a name (or "the" and a name) with a true auxiliary follows it: "Dock workers
and Kerr later branded it “...”" is one subject of two, whose words are both's, and "Kerr
and Lind have called" is one clause. Such a joint subject still claims its words
(`joint_subject`): no one speaker is named, but a fragment in marks is speech, no writer's term.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import FINITE_AUXILIARIES
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

# The auxiliaries that open a clause after "and" and a name: lexicon.FINITE_AUXILIARIES less
# the forms of "be" and "do", as this rule was written and tuned (whether "and Lind was ..."
# opens a clause too was never measured). A regex alternation, so a list in order.
_AUXILIARIES = "will would can could may might must shall should has have had did does".split()
_AND_CLAUSE = re.compile(
    rf"\s(?:and|but)\s+(?=(?:the\s+)?{CAPITALISED_RUN}\s+"
    rf"(?:{'|'.join(_AUXILIARIES)})\s)"
)
# Words that make the words before "and" a clause: an auxiliary or a verb's finite form.
_FINITE = FINITE_AUXILIARIES


def and_clause_start(text: str, start: int, open_at: int) -> int | None:
    """Where the last clause opened by such an "and" between `start` and the quote opening
    at `open_at` begins (its subject's first word); None when no "and" opens one."""
    found = None
    for match in _AND_CLAUSE.finditer(text, start, open_at):
        if any(_finite(word) for word in text[found or start : match.start()].split()):
            found = match.end()
    return found


def _finite(word: str) -> bool:
    """True for a lower-case word read as a finite verb: "will", "was", "branded", "says"."""
    if not word.isalpha() or not word.islower():
        return False
    return (
        word in _FINITE
        or word.endswith("ed")
        or (word in SPEECH_VERB_FORMS and not word.endswith("ing"))
    )


# A joint subject opening the sentence: "Dock workers and Ada Kerr later branded".
_JOINT = re.compile(
    rf"\s*(?P<first>[^,;:“”\"]{{1,60}}?)\s+and\s+(?=(?:the\s+)?{CAPITALISED_RUN}\s+[a-z])"
)


def joint_subject(text: str, start: int, open_at: int) -> bool:
    """True when the sentence at `start` opens on words with no verb joined by "and" to a
    name, a verb after it, before the quote at `open_at` ("Dock workers and Ada Kerr later
    branded it “...”")."""
    joint = _JOINT.match(text, start, open_at)
    return joint is not None and not any(_finite(word) for word in joint["first"].split())
