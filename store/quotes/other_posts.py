"""Modifiers that make another post of the one they qualify: a deputy mayor is no mayor.

"Mayor Ada Brecht and deputy mayor Tom Oakridge presented the budget ... the mayor said" is
Brecht: a deputy, vice, assistant or under- post is a post of its own, which the bare post
("the mayor", "the president", "the secretary") does not name. Left out on purpose:
"acting" and "interim" (an acting mayor holds the post itself), "former", "ex" and "elect"
(reporters write "the senator" of a former senator as often as "the former senator"), and
"first" ("the first female mayor" is a mayor).
"""

from __future__ import annotations

from collections.abc import Iterable

from store.quotes.lexicon import word_set

OTHER_POST_MODIFIERS = word_set("deputy vice assistant under")


def another_post(role_words: Iterable[str], description_words: Iterable[str]) -> bool:
    """True when the written role's words hold a modifier making another post that the
    description's words lack ("deputy mayor" for "the mayor"; not for "the deputy mayor")."""
    return bool((set(role_words) - set(description_words)) & OTHER_POST_MODIFIERS)
