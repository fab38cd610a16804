"""Whose appositive a name stands in: "Kerr, a fellow who worked for Sen. Dunn, called it".

Reading backwards from a verb, the last name before it may only end the description of the
sentence's subject. When the sentence opens with a name and its comma, the words after that
comma open a description (a determiner, "who", "whose"), and a comma closes it right before
the verb, the name that opened the sentence is the one speaking.
"""

from __future__ import annotations

from store.quotes.lexicon import DETERMINERS
from store.quotes.mentions import Mention, MentionKind, read_mention

# Words that open an appositive after a sentence's subject and its comma.
APPOSITIVE_OPENERS = DETERMINERS | frozenset(("who", "whose"))
# Words of a name that opens its sentence ("Gov. Ada Kerr,").
NAME_WORDS = 5


def appositive_owner(
    text: str, ends: list[int], verb_start: int, mention: Mention | None
) -> Mention | None:
    """The name opening the sentence when `mention` (read right before the verb at
    `verb_start`) stands inside that name's appositive; else None."""
    if mention is None or not text[:verb_start].rstrip().endswith(","):
        return None
    start = max((e for e in ends if e <= verb_start), default=0)
    comma = text.find(",", start, verb_start)
    if comma < 0 or mention.start <= comma:
        return None  # the mention is the sentence's opening name itself, or within it
    opening = text[start:comma]
    words = opening.split()
    if not words or len(words) > NAME_WORDS or not all(w[:1].isupper() for w in words):
        return None
    at = start + len(opening) - len(opening.lstrip())
    owner = read_mention(opening.strip(), at)
    if owner is None or owner.kind != MentionKind.NAME or owner.start != at:
        return None
    opener = text[comma + 1 : mention.start].split()
    if not opener or opener[0].casefold() not in APPOSITIVE_OPENERS:
        return None  # "Kerr, Dunn and Lamm said": a list of names, not an appositive
    return owner
