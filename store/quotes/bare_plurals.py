"""People described by a plural with no determiner: "Dock workers said", "Harbour
protesters interrupted her, shouting", "Small groups of fishermen marched, chanting".

The mention reader takes a description without a determiner only when its head is one of
the newsroom's words for speakers ("officials", "police"), so "Dock workers said the fee
was “a tax”" had no speaker at all, nor the "-ing" cue of "dock workers interrupted her,
shouting “…”". A plural whose singular is a word for people ("workers", "lobbyists",
"marchers") names them with up to two words before it ("Corporate lobbyists", "Renn
protesters"), a group word and "of" before it ("Small groups of fishermen", "an angry army
of dock workers") and another such plural joined by "and" ("marchers and onlookers"). A
singular head ("Dock worker said") or a head that is no person ("Harbour fees rose") names
nobody, as before, and so does a plural after a preposition or "that" ("fights with
harbour journalists, claims", "wrote that delegates pledged to Kerr"): an object, or the
subject of someone's reported clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.quotes.lexicon import (
    DESCRIPTION_OPENERS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    ORGANISATION_WORDS,
    ROLE_WORDS,
    word_set,
)
from store.quotes.person_words import PEOPLE_NOUNS, agent_noun, singular

if TYPE_CHECKING:
    from store.quotes.mentions import Mention

# Nouns for a group that take "of" and the people it holds: "groups of fishermen".
GROUP_NOUNS = word_set(
    """
    group groups army armies crowd crowds mix band bands handful dozens hundreds thousands
    scores throng throngs contingent
    """
)
# Words after which a plural is an object or a reported clause's subject, not a speaker:
# "who fights with harbour journalists, claims", "wrote that delegates pledged to Kerr".
OBJECT_OPENERS = word_set(
    """
    with to by for from against among at on in into about like than between toward towards
    including over under that of
    """
)
_MODIFIERS = 2  # words before a plural head: "Corporate lobbyists", "angry dock workers"
_Token = tuple[str, int, int]


def bare_plural(tokens: list[_Token]) -> Mention | None:
    """The plural description that ends the tokens, as a mention, else None."""
    first = _plural_phrase(tokens, len(tokens) - 1)
    if first is None:
        return None
    while first >= 2 and tokens[first - 1][0] == "and":
        joined = _plural_phrase(tokens, first - 2)  # "marchers and onlookers"
        if joined is None:
            break
        first = joined
    if first >= 2 and tokens[first - 1][0] == "of" and _group(tokens[first - 2][0]):
        first = _modified(tokens, first - 2)  # "Small groups of fishermen"
    if first >= 1 and tokens[first - 1][0].casefold() in DESCRIPTION_OPENERS:
        first -= 1  # "many marchers and onlookers", "an angry army of dock workers"
    elif first >= 1 and tokens[first - 1][0].casefold() in OBJECT_OPENERS:
        return None  # "fights with harbour journalists, claims": whom the clause names
    text = " ".join(word for word, _, _ in tokens[first:])
    # The mention reader calls this module, so its record is imported only once one is read.
    from store.quotes.mentions import Mention, MentionKind

    return Mention(text, MentionKind.DESCRIPTION, start=tokens[first][1], end=tokens[-1][2])


def capitalised_plural(tokens: list[_Token]) -> Mention | None:
    """ "Protesters shouted “…”": a lone plural for people, capitalised as a sentence opens,
    describes them; it is nobody's name. Only the lexicon's nouns for people count here, not
    any agent noun: "Masters said" or "Rogers said" is a surname; a role's plural counts
    ("Aides say" read as a name at 0.94). The newsroom's own words for speakers ("Critics",
    "Supporters") keep the reading they always had."""
    if len(tokens) != 1:
        return None
    word, start, end = tokens[0]
    lowered = word.casefold()
    if not (word[:1].isupper() and word[1:].islower() and lowered.endswith("s")):
        return None
    if lowered in ORGANISATION_WORDS:
        return None
    if singular(lowered) == lowered or not _people_or_roles(singular(lowered)):
        return None
    from store.quotes.mentions import Mention, MentionKind

    return Mention(word, MentionKind.DESCRIPTION, start=start, end=end)


# Role plurals that are surnames as often: "Fellows said" is a person.
_SURNAME_ROLE_PLURALS = word_set("fellow")


def _people_or_roles(noun: str) -> bool:
    """True for a singular noun for people or a role ("Aides said" names no one called Aides)."""
    return noun in PEOPLE_NOUNS or (noun in ROLE_WORDS and noun not in _SURNAME_ROLE_PLURALS)


def _plural_phrase(tokens: list[_Token], head: int) -> int | None:
    """Where the plural for people at `head` and its modifiers open, else None."""
    if head < 0 or not _people_plural(tokens[head][0]):
        return None
    return _modified(tokens, head)


def _modified(tokens: list[_Token], head: int) -> int:
    """The first of up to two modifier words right before the head."""
    first = head
    while first > 0 and head - first < _MODIFIERS and _modifier(tokens[first - 1][0]):
        first -= 1
    return first


def _people_plural(word: str) -> bool:
    """True for a lowercase plural of a noun for people: "workers", "lobbyists", "men"."""
    if not word.isalpha() or not word.islower():
        return False
    if word in IRREGULAR_PLURALS:
        return True
    noun = word[:-2] + "an" if word.endswith("men") else singular(word)  # "fishermen"
    return noun != word and (noun in PEOPLE_NOUNS or agent_noun(noun))


def _modifier(word: str) -> bool:
    """A word that may qualify a plural head: no function word, adverb or punctuation."""
    core = word.replace("-", "")
    lowered = word.casefold()
    return core.isalpha() and lowered not in FUNCTION_WORDS and not lowered.endswith("ly")


def _group(word: str) -> bool:
    return word.casefold() in GROUP_NOUNS
