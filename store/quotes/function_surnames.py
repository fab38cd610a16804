"""A surname that is a function word, right before its speech verb: "“...,” From said".

The mention reader takes a capitalised "From", "Little" or "Before" alone for the word it
usually is, and the cue goes to no one. When the article gave the full name before ("Al From,
who founded the council"), the same word right before a speech verb is that person's surname.
Only a known full name counts: "From Monday, officials said" names no one (the verb's word
before it is "officials").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.quotes.lexicon import FUNCTION_WORDS, PRONOUNS
from store.quotes.mentions import Mention, MentionKind

# The capitalised word right before a verb, after a mark, comma or sentence start.
_WORD_BEFORE = re.compile(r"(?:^|[,.;:”\"\x01]\s*|\s)([A-Z][a-z]+)\s+$")

_SURNAME_LIKE = FUNCTION_WORDS - frozenset(PRONOUNS)

Raw = tuple[Mention, str, int, int, bool]


def function_word_surnames(
    text: str,
    verbs: list[tuple[int, int, str]],
    knows_surname: Callable[[str], bool],
) -> list[Raw]:
    """Speech events whose subject is a function word the cast knows as a full name's
    surname ("From said" after Al From), as the events reader lists its subject-first ones."""
    found: list[Raw] = []
    for verb_start, verb_end, verb in verbs:
        before = _WORD_BEFORE.search(text, max(0, verb_start - 24), verb_start)
        if before is None:
            continue
        word = before.group(1)
        if word.casefold() not in _SURNAME_LIKE or not knows_surname(word):
            continue  # "He said" stays a pronoun whoever is named He
        start, end = before.span(1)
        mention = Mention(word, MentionKind.NAME, name=word, start=start, end=end)
        found.append((mention, verb, mention.start, verb_end, False))
    return found
