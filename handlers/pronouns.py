"""A speaker asked for by a pronoun ("what did he say?"): no one in particular.

Articles resolve their pronouns; a question has no passage before it to resolve one from, so
the answer asks for a name instead of guessing or saying no one is called "he".
"""

from __future__ import annotations

from store.search import clean_name, words

PERSONAL_PRONOUNS = frozenset(
    "he she they him her them it his hers their theirs "
    "он она они оно его её ее ей ему им ими них нее неё ним нему".split()
)


def only_pronouns(speaker: str) -> bool:
    """Whether the speaker asked for is nothing but pronouns ("he", "she", "она")."""
    asked = words(clean_name(speaker))
    return bool(asked) and set(asked) <= PERSONAL_PRONOUNS
