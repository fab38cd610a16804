"""Lower-case words that may stand inside a name: Dutch "in 't", a body's "for" and "and";
the nouns that head a body's name with "and" in it; plural titles before a list of names.

Read by mentions.py, which is near its size limit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from store.quotes.lexicon import ROLE_WORDS

_DUTCH_ARTICLES = frozenset(("'t", "’t"))
BODY_NAME_JOINS = frozenset(("for", "and", "&"))
# The nouns that head a body's name with "and" in it ("Food and Drug Administration",
# "Department of Health and Human Services"); a looser word for bodies ("Fox", "supporters")
# would join two people's names.
BODY_HEADS = frozenset(
    """administration agency authority board bureau centers centre center commission committee
    council department directorate foundation institute ministry office service services""".split()
)

_OF = frozenset(("of", "for"))  # connectors inside a body's name ("Department of Justice")


def dutch_particle(tokens: Sequence[tuple[str, int, int]], at: int) -> bool:
    """True for the "in 't" inside a name between its capitalised words ("Sophie in 't Veld")."""
    word = tokens[at][0].casefold()
    if word in _DUTCH_ARTICLES:
        return 0 < at < len(tokens) - 1
    following = tokens[at + 1][0].casefold() if at + 1 < len(tokens) else ""
    return word == "in" and following in _DUTCH_ARTICLES and 0 < at < len(tokens) - 2


def inside_body_name(word: str) -> bool:
    """A word of a body's name that may stand between a place link and the name's last words
    ("Center for", "Arts and")."""
    return word[:1].isupper() or word.casefold() in BODY_NAME_JOINS


def singular_title(role: str) -> str:
    """A plural title before one name of a list, in the singular ("Senators Ada Kerr, Bo Renn
    and ...": Ada Kerr is a Senator); any other role as written."""
    head, _, last = role.rpartition(" ")
    singular = last[:-1]
    # At four letters or more: "Mrs" is no plural of "Mr".
    if not last.endswith("s") or len(singular) < 4 or singular.casefold() not in ROLE_WORDS:
        return role
    return f"{head} {singular}" if head else singular


def body_with_and(
    tokens: Sequence[tuple[str, int, int]], at: int, is_name_word: Callable[[str], bool]
) -> int:
    """Where a body's name with "and" in it starts, the name read back from tokens[at], else
    `at`: "the Food and Drug Administration", "the Department of Health and Human Services"
    ("Kerr and Dorn" are two)."""
    if at < 2 or tokens[at - 1][0] not in ("and", "&") or not is_name_word(tokens[at - 2][0]):
        return at
    start = at - 2
    while start > 0 and (is_name_word(tokens[start - 1][0]) or tokens[start - 1][0] in _OF):
        start -= 1
    while tokens[start][0] in _OF:
        start += 1
    first, last = tokens[start][0].casefold(), tokens[-1][0].casefold()
    after_first = tokens[start + 1][0] if start + 1 < len(tokens) else ""
    headed = last in BODY_HEADS or (first in BODY_HEADS and after_first in _OF)
    return start if headed else at


# Auxiliaries that are surnames when capitalised right before a speech verb ("“...,” Will
# wrote", "May said"): no modal stands before a past tense, so there they are no adverb.
CAPITALISED_AUXILIARY_NAMES = frozenset(("will", "may", "can"))
