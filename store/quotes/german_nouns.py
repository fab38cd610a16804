"""German nouns after their article: "Der Fraktionschef, Jürgen Maier, sagte", "Die Ministerin".

German capitalises every noun, so the words after "der", "die" or "das" look like a name to
readers built for English: "Der Fraktionschef" became a speaker called "Fraktionschef" and
"Die Ministerin" one called "Die Ministerin", ahead of the person the appositive names. After
an article a capitalised word is a noun: the mention describes someone, it names no one.
Not after a name particle, capitalised or not: "von der Lindt", "van der Hoek" and
"Van der Berg" are surnames, the "der" part of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import RUN_PARTICLES

# The article forms a noun phrase opens with; a sentence opens with the nominative ones.
_ARTICLES = frozenset(("der", "die", "das", "den", "dem"))
_OPENING_ARTICLES = frozenset(("Der", "Die", "Das"))
# Particles a surname opens with before an article: "von der Lindt", "van den Berg", "de la".
_NAME_PARTICLES = frozenset((*RUN_PARTICLES, "vom", "zu", "zum", "zur", "ter", "ten", "te"))


def german_article_at(tokens: Sequence[tuple[str, int, int]], at: int) -> int | None:
    """Where a German article stands before the capitalised words from tokens[at] (or opens
    them), when those words are a noun; None for a name: after a name particle ("Van der
    Berg", "von der Lindt") or before a first name ("Der Tom Lind")."""
    if tokens[at][0] in _OPENING_ARTICLES and at < len(tokens) - 1:
        article = at
    elif at > 0 and tokens[at - 1][0] in _ARTICLES | _OPENING_ARTICLES:
        article = at - 1
    else:
        return None
    if article > 0 and _particle(tokens[article - 1][0]):
        return None  # "Van der Berg", "von der Lindt": a particle inside a name
    noun = tokens[article + 1][0]
    return None if noun.casefold() in FIRST_NAMES else article


def _particle(word: str) -> bool:
    """True for a word that can open a surname's particles: any capitalised one ("Van"), or
    a lower-case name particle ("von", "van", "de")."""
    return word[:1].isupper() or word in _NAME_PARTICLES
