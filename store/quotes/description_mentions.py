"""Reading a description as a speaker's mention: "the foreign minister", "a spokesman for
the ministry", "a source familiar with his thinking", "a council clerk in the hall".

The mention reader (mentions.py) hands over the words it found no name or pronoun in. A
determiner or a possessive opens a description of any noun that can speak; without one only
the newsroom's words for speakers do. The word tests a description is read by (a possessive
opening it, an adjective heading nothing) and its bounds serve the name reader too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.quotes.bare_plurals import bare_plural
from store.quotes.lexicon import (
    ADJECTIVE_ENDINGS,
    DESCRIPTION_OPENERS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    NON_HEAD_WORDS,
    ORGANISATION_WORDS,
    PERSON_NOUNS_LIKE_ADJECTIVES,
    ROLE_WORDS,
)
from store.quotes.linked_speakers import linked_speaker_start
from store.quotes.person_words import (
    BODY_NOUNS,
    OBJECT_PRONOUNS,
    TEXT_COMPOUNDS,
    can_speak,
    prefixed,
)

if TYPE_CHECKING:
    from store.quotes.mentions import Mention

_AGED = re.compile(r"\d+-year-old")
MAX_ROLE_WORDS = 9
MAX_OPEN_DESCRIPTION = 4
# "in the room", "at the back of the hall": a place phrase after a speaker's description.
_PLACE_WORDS = frozenset(("in", "at"))
_PLACE_PHRASE_WORDS = 5
# "one of the advisers", "two of them": a part of a plural, whose head must be plural too.
_PARTITIVES = frozenset("one two three some many most several each none any all few".split())


def possessive(word: str, first: bool = False) -> bool:
    """True for an owner's word that opens a description: "Kerr's", "the retailers'"."""
    plural = word.endswith(("s'", "s’")) and (first or word.islower())  # not "Ada Jones'"
    return (word.endswith(("’s", "'s")) or plural) and len(word) > 2  # "retailers'" too


def adjective_like(word: str) -> bool:
    """True for a word that qualifies a noun but names no one: "caustic", "first", "latest"."""
    lowered = word.casefold()
    if lowered in NON_HEAD_WORDS:
        return True
    if lowered in ROLE_WORDS or lowered in ORGANISATION_WORDS or lowered in BODY_NOUNS:
        return False  # "the co-operative said": a body's noun, though it ends like "active"
    return lowered.endswith(ADJECTIVE_ENDINGS) and lowered not in PERSON_NOUNS_LIKE_ADJECTIVES


def description(tokens: list[tuple[str, int, int]]) -> Mention | None:
    """The description or body that ends the tokens, as a mention, else None."""
    placed = _description_in_place(tokens)
    if placed is not None:
        return placed
    head = tokens[-1][0].casefold()
    known = head in ROLE_WORDS or head in ORGANISATION_WORDS
    at = len(tokens) - 1
    determined = False
    while at > 0 and len(tokens) - at < MAX_ROLE_WORDS:
        word = tokens[at - 1][0].casefold()
        if word in DESCRIPTION_OPENERS or possessive(tokens[at - 1][0], first=at == 1):
            at -= 1
            determined = True
            break
        if word in FUNCTION_WORDS and word not in ("of", "for"):
            break
        at -= 1
    superlative = at > 0 and [w.casefold() for w, _, _ in tokens[at - 1 : at + 1]] == [
        "the",
        "most",
    ]
    if determined and superlative:
        at -= 1  # "the most senior aide": a superlative, definite like "the aide"
    # Any noun can describe a speaker after a determiner ("the gambling tycoon", "a man"),
    # but without one only the newsroom's words for speakers do ("officials", "police").
    # ... as long as that noun can speak: "the days" or "the same mosque" never said a word.
    open_class = determined and len(tokens) - at <= MAX_OPEN_DESCRIPTION and _noun_like(head)
    compound = " ".join(word.casefold() for word, _, _ in tokens[-2:]) in TEXT_COMPOUNDS
    if open_class and not (can_speak(head) or compound):
        return _speaker_before_link(tokens)  # "a source familiar with his [thinking]"
    if not known and not open_class:
        return bare_plural(tokens)  # "Dock workers said" (bare_plurals.py), else None
    if adjective_like(head) or _partitive_of_one(tokens, at, head):
        return None  # "the caustic [chant]", "one of the swing [states]": the noun is the cue
    if _holds_a_clause(tokens[at:]):
        return None  # "his comments make him wish Republicans": a clause, not a speaker
    text = " ".join([word for word, _, _ in tokens[at:]])
    # The mention reader calls this module, so its record is imported only once one is read.
    from store.quotes.mentions import Mention, MentionKind

    organisation = head in ORGANISATION_WORDS
    kind = MentionKind.ORGANISATION if organisation else MentionKind.DESCRIPTION
    name = text if organisation else None
    return Mention(text, kind, name=name, role=None, start=tokens[at][1], end=tokens[-1][2])


def _holds_a_clause(tokens: list[tuple[str, int, int]]) -> bool:
    """True for words that hold an object pronoun after their first ("make him wish
    Republicans") or open with "her of" ("accused her of making racist"): no noun phrase."""
    words = [word.casefold() for word, _, _ in tokens]
    return any(word in OBJECT_PRONOUNS for word in words[1:]) or words[1:2] == ["of"]


def _speaker_before_link(tokens: list[tuple[str, int, int]]) -> Mention | None:
    """ "another source familiar with the mayor's thinking": the head that cannot speak
    belongs to a phrase after the speaker's noun, which the whole description names."""
    at = linked_speaker_start([word for word, _, _ in tokens])
    if at is None:
        return None
    text = " ".join([word for word, _, _ in tokens[at:]])
    from store.quotes.mentions import Mention, MentionKind

    return Mention(text, MentionKind.DESCRIPTION, start=tokens[at][1], end=tokens[-1][2])


def _description_in_place(tokens: list[tuple[str, int, int]]) -> Mention | None:
    """ "a council clerk in the hall wondered": the speaker is the one in the place,
    never the place ("the hall"), when a word for a speaker stands before "in" or "at"."""
    for at in range(len(tokens) - 2, 0, -1):
        if len(tokens) - at > _PLACE_PHRASE_WORDS:
            return None
        if tokens[at][0] in _PLACE_WORDS and tokens[at - 1][0] in ROLE_WORDS:
            return description(tokens[:at])
    return None


def _partitive_of_one(tokens: list[tuple[str, int, int]], at: int, head: str) -> bool:
    """True for "one of the [singular]": a part of a plural names a plural."""
    if at < 2 or tokens[at - 1][0].casefold() != "of":
        return False
    if tokens[at - 2][0].casefold() not in _PARTITIVES:
        return False
    return not head.endswith("s") and head not in IRREGULAR_PLURALS


def _noun_like(word: str) -> bool:
    """True for a word that can head a description: not a function word, number or adverb."""
    if _AGED.fullmatch(word):
        return True  # "the 46-year-old"
    if "-" in word:
        # "the ex-boxer", "the co-founder"; not "the long-term" nor (for now) "the
        # front-runner", whom the role rules do not yet find.
        return prefixed(word) and can_speak(word)
    adverb = word.endswith("ly") and not can_speak(word)  # "family", "ally" are people
    return word.isalpha() and word not in FUNCTION_WORDS and not adverb
