"""Modifiers that make another post of the one they qualify: a deputy mayor is no mayor.

"Mayor Ada Brecht and deputy mayor Tom Oakridge presented the budget ... the mayor said" is
Brecht: a deputy, vice, assistant or under- post is a post of its own, which the bare post
("the mayor", "the president", "the secretary") does not name. The modifier qualifies the
word right after it: a "Deputy Prime Minister" is no prime minister, but is a minister.
Left out on purpose: "acting" and "interim" (an acting mayor holds the post itself),
"former", "ex" and "elect" (reporters write "the senator" of a former senator as often as
"the former senator"), and "first" ("the first female mayor" is a mayor).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from store.quotes.lexicon import word_set

OTHER_POST_MODIFIERS = word_set("deputy vice assistant under")


def another_post(role_words: Sequence[str], description_words: Iterable[str]) -> bool:
    """True when a modifier of the written role (its words in order) qualifies a word of the
    description the description does not qualify so: "deputy mayor" for "the mayor" (not for
    "the deputy mayor"), "Deputy Prime Minister" for "the prime minister"; not for "the
    minister", which a deputy prime minister is."""
    wanted = set(description_words)
    return any(
        word in OTHER_POST_MODIFIERS and word not in wanted and following in wanted
        for word, following in pairwise(role_words)
    )
