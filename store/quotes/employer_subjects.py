"""A body joined by "and" to a role before a person's name, with a singular verb: one person.

"Dover Radio and former network anchor Ada Kerr has given speeches, telling …": the body is
where the anchor works (its anchor, and a former network anchor), so the subject is Ada Kerr,
not the body nor a list. With a plural verb ("The board and Mayor Bo Renn have said") it is a
list, which this leaves alone.
"""

from __future__ import annotations

from store.quotes.lexicon import ROLE_WORDS, word_set
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

MAX_ROLE_WORDS = 5  # "former TV network anchor": modifiers, then the role
MAX_NAME_WORDS = 3
MAX_ABBREVIATION = 4
_SINGULAR_VERBS = word_set("has is was does")


def employer_person(tokens: list[tuple[int, str]], after: int) -> tuple[int, int] | None:
    """The (first, last) token indices of the person's role and name when tokens[after] is
    "and" and a role, a name and a singular verb follow; else None."""
    if after >= len(tokens) or tokens[after][1] != "and":
        return None
    at = after + 1
    role_start = at
    while at < len(tokens) and at - role_start < MAX_ROLE_WORDS and _modifier(tokens[at][1]):
        at += 1
    if at == role_start or tokens[at - 1][1] not in ROLE_WORDS:
        return None
    name_start = at
    while at < len(tokens) and at - name_start < MAX_NAME_WORDS and tokens[at][1][:1].isupper():
        at += 1
    if at - name_start < 2 or at >= len(tokens) or not _singular_verb(tokens[at][1]):
        return None
    return role_start, at - 1


def _singular_verb(word: str) -> bool:
    return word in _SINGULAR_VERBS or (word.endswith("s") and word in SPEECH_VERB_FORMS)


def _modifier(word: str) -> bool:
    """A word of the role: lower case, or a short abbreviation ("former TV network anchor")."""
    return word.islower() or (word.isupper() and len(word) <= MAX_ABBREVIATION)
