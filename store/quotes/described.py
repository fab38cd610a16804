"""A sentence subject that is a description with words before its head: "The retired
neurosurgeon has ...", "the embattled governor told ...".

subjects.sentence_subject reads a subject from capitalised words and role words, so after
"The" an adjective of no role ("retired", "embattled", "unnamed") ended it at the
determiner, and the sentence had no subject to speak its quote or its "-ing" cue. The
description is the longest run of a few lowercase words after "the" that the mention reader
takes for a whole description whose head can speak: "The results showed" or "The plan
would" head nobody, and a verb ("has", "addressed") is never part of one.
"""

from __future__ import annotations

import re

from store.quotes.mentions import MentionKind, read_mention
from store.quotes.person_words import can_speak

# Words a description may take between "the" and its head: "the retired state senator".
_REACH = 3
_DESCRIPTION = MentionKind.DESCRIPTION
# What follows a subject's last word: its verb (an auxiliary, a regular or common irregular
# past, a present in -s) or the comma of an aside. Any other word goes on the noun phrase:
# "The conservative publication" is no conservative.
_VERB_AFTER = re.compile(
    r"\s*(?:,|(?:is|was|are|were|has|had|have|will|would|can|could|did|does|said|told|held|"
    r"went|made|took|gave|spoke|wrote|met|ran|began|won|lost|got|put|kept|left|sent|saw|"
    r"came|thought|brought|knew|felt)\b|[a-z]+(?:ed|s)\b)"
)


def verb_follows(text: str, at: int) -> bool:
    """True when the word after `at` is a verb or an aside's comma, not more of a noun."""
    return _VERB_AFTER.match(text, at) is not None


def described(tokens: list[tuple[int, str]], text: str) -> tuple[int, str] | None:
    """The last word of the description that opens at `tokens[0]` ("The"), else None."""
    start = tokens[0][0]
    found = None
    for at, word in tokens[1 : 1 + _REACH]:
        core = word.rstrip(",;:")
        # A hyphened modifier is one word of the description: "the long-time aide".
        if not core.replace("-", "").isalpha() or not core.islower():
            break
        chunk = text[start : at + len(core)]
        mention = read_mention(chunk, start)
        speaks = (
            mention is not None
            and (mention.start, mention.text, mention.kind) == (start, chunk, _DESCRIPTION)
            and can_speak(core)
        )
        if speaks and verb_follows(text, at + len(core)):
            found = (at, core)
        if core != word:
            break  # a comma ends the subject: "The retired neurosurgeon, who ..."
    return found
