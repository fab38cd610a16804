"""French and German titles before a surname: "M. Lemoine", "Mme Duval", "Frau Roth".

English copy writes "Mr." and "Ms.", which the lexicon lists as role words; French and German
copy quoted in the same feeds writes these instead. Read as a name's first word, "M." made a
one-letter speaker ("M") and "Mme" a person called "Mme Duval", apart from the Duval named in
full before. As a title they are the name's role, and they say its sex.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.lexicon import FOREIGN_TITLE_GENDER, Gender

# "M." is an initial too ("M. Tom Lind", "Tom M. Lind"): a title only right before a lone
# surname and after no capitalised word.
_INITIAL_TITLES = frozenset(("m.", "mm."))


def foreign_title_at(tokens: Sequence[tuple[str, int, int]], at: int) -> bool:
    """True for a French or German title at tokens[at] with a name after it."""
    word = tokens[at][0].casefold()
    if word not in FOREIGN_TITLE_GENDER:
        return False
    if word in _INITIAL_TITLES:
        opens = at == 0 or not tokens[at - 1][0][:1].isupper()
        return opens and at == len(tokens) - 2
    return at < len(tokens) - 1


def foreign_title_gender(role_tokens: Sequence[tuple[str, int, int]]) -> Gender:
    """The sex a French or German title among a name's role words says, if any."""
    for word, _, _ in role_tokens:
        gender = FOREIGN_TITLE_GENDER.get(word.casefold())
        if gender:
            return gender
    return Gender.UNSAID
