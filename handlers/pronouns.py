"""A speaker asked for by a pronoun ("what did he say?"): no one in particular.

Articles resolve their pronouns; a question has no passage before it to resolve one from, so
the answer asks for a name instead of guessing or saying no one is called "he". The pronouns
are the ones the extractor resolves (store/quotes/lexicon.py, store/quotes/ru/cues.py), and
the forms only a question asks in.
"""

from __future__ import annotations

from functools import cache

from store.quotes.lexicon import PRONOUNS, UNRESOLVED_PRONOUNS
from store.search import clean_name, has_cyrillic, words

# Possessives and Russian cases no cue is said in, but a question may ask: "что ему сказали?".
QUESTION_FORMS = frozenset("his hers their theirs оно ей ему им ими них нее неё ним нему".split())
# "I", "you", "we" are the writer, the reader, or a group of them: no one resolved.
_ASKED = (frozenset(PRONOUNS) - UNRESOLVED_PRONOUNS) | QUESTION_FORMS


def only_pronouns(speaker: str) -> bool:
    """Whether the speaker asked for is nothing but pronouns ("he", "she", "она")."""
    asked = words(clean_name(speaker))
    return bool(asked) and set(asked) <= personal_pronouns(speaker)


def personal_pronouns(speaker: str) -> frozenset[str]:
    """The pronouns of a speaker asked: the English ones, and the Russian ones too when the
    words are Cyrillic (only then are the Russian extractor's cue lists loaded)."""
    return _with_russian() if has_cyrillic(speaker) else _ASKED


@cache
def _with_russian() -> frozenset[str]:
    # Imported here: the Russian cue lists cost ~12 ms to load, which an English question
    # and `newsbot ask`'s start-up need not pay.
    from store.quotes.ru.cues import PRONOUNS as RUSSIAN

    return _ASKED | frozenset(RUSSIAN)
