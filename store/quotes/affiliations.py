"""Where the "of" of a person's affiliation stands: "Anna Berg of the Liberal Party", "Cllr
Gia Sorel of the civic list Borgo Vivo". The body after "of" is what she belongs to, and she
speaks. The mention reader looks for the link right before the name it read last; this finds
it past a few lower-case words that describe the body ("the civic list", "the opposition
group") and, when the run ends in a word for a job as well as a body ("Party"), past the whole
capitalised run, which names no person at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.lexicon import FUNCTION_WORDS, ORGANISATION_WORDS, PLACE_LINKS, ROLE_WORDS

# Lower-case words describing the body between "the" and its name: "the civic list", "the
# far-right opposition party".
MAX_BODY_DESCRIPTION_WORDS = 3

Tokens = Sequence[tuple[str, int, int]]


def affiliation_link(tokens: Tokens, at: int, described_body: bool = True) -> int | None:
    """The index of the "of" (or "from") before "the [description] Name" starting at `at`,
    or None when no such link stands there. Without `described_body`, no lower-case words
    may stand between "the" and the name (the name's own "for" or "and" came before)."""
    link = at - 1
    described = 0
    most = MAX_BODY_DESCRIPTION_WORDS if described_body else 0
    while link > 0 and described < most and _describes_body(tokens[link][0]):
        link, described = link - 1, described + 1
    if described and (link < 1 or tokens[link][0].casefold() != "the"):
        return None  # "of civic list X" reads no body's description; "the" must open it
    if link > 0 and tokens[link][0].casefold() == "the":
        link -= 1
    if link < 1 or tokens[link][0].casefold() not in PLACE_LINKS:
        return None
    return link


def capitalised_run_start(tokens: Tokens) -> int:
    """Where the capitalised words ending the tokens start ("Liberal Party" in "Anna Berg of
    the Liberal Party")."""
    at = len(tokens)
    while at > 0 and tokens[at - 1][0][:1].isupper():
        at -= 1
    return at


def _describes_body(word: str) -> bool:
    """True for a lower-case word that may describe a body before its name: not a job's
    word, which names a person ("the spokesman Ada Kerr"), unless it is a body's too
    ("party")."""
    lowered = word.casefold()
    if not word.replace("-", "").isalpha() or not word.islower() or lowered in FUNCTION_WORDS:
        return False  # "Bo Renn of the firm and Ada Kerr": two people, no description
    return lowered not in ROLE_WORDS or lowered in ORGANISATION_WORDS
