"""German nouns after their article: "Der Fraktionschef, Jürgen Maier, sagte", "Die Ministerin".

German capitalises every noun, so the words after "der", "die" or "das" look like a name to
readers built for English: "Der Fraktionschef" became a speaker called "Fraktionschef" and
"Die Ministerin" one called "Die Ministerin", ahead of the person the appositive names. After
an article a capitalised word is a noun: the mention describes someone, it names no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.first_names import FIRST_NAMES

# The article forms a noun phrase opens with; a sentence opens with the nominative ones.
_ARTICLES = frozenset(("der", "die", "das", "den", "dem"))
_OPENING_ARTICLES = frozenset(("Der", "Die", "Das"))


def german_article_at(tokens: Sequence[tuple[str, int, int]], at: int) -> int | None:
    """Where a German article stands before the capitalised words from tokens[at] (or opens
    them), when those words are a noun; None for a name ("Van der Berg", "Der Tom Lind")."""
    if tokens[at][0] in _OPENING_ARTICLES and at < len(tokens) - 1:
        article = at
    elif at > 0 and tokens[at - 1][0] in _ARTICLES | _OPENING_ARTICLES:
        article = at - 1
    else:
        return None
    if article > 0 and tokens[article - 1][0][:1].isupper():
        return None  # "Van der Berg": a particle inside a name
    noun = tokens[article + 1][0]
    return None if noun.casefold() in FIRST_NAMES else article
