"""A name that is only the object of a description's preposition, never its head.

"Tom Birch, an aide to Bob Clanton said": the appositive "an aide to Bob Clanton" was never
closed with its comma, and the name inside it is whom the aide serves, not who speaks. The
speaker is the name the appositive describes.
"""

from __future__ import annotations

from store.quotes.field_gerunds import field_gerund
from store.quotes.lexicon import ABBREVIATIONS, DETERMINERS, ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.person_words import can_speak

# Words that open a description ("an aide", "the former head").
_DETERMINERS = frozenset("a an the his her their its".split())
# Words that tie a description to the person or body it is about ("an aide to", "agent for").
_LINKS = frozenset("to for under of with at from".split())


def named_inside_description(chunk: str, mention: Mention) -> bool:
    """True when `mention` (read from `chunk`) names the object of a description's link word:
    "an aide to Bob Clanton", "the attorney general under President Tom Bosh"."""
    if mention.kind != MentionKind.NAME or mention.start <= 0:
        return False
    words = chunk.split()
    if not words or words[0].casefold() not in _DETERMINERS:
        return False
    before = chunk[: mention.start].split()
    return bool(before) and before[-1].casefold() in _LINKS


# -ing words whose name after them stays among the speakers, or is no participle's object.
_NOT_PARTICIPLES = frozenset(("including", "during", "according", "nothing", "something"))


def before_object_participle(tokens: list[tuple[int, str]], first: int, at: int) -> int:
    """Where a subject ends when a lower-case -ing word inside it takes the name closing it as
    its object ("voters backing Bo Kerr said": the voters speak); else `at`. `first` (no
    subject) when a capitalised name stands before the participle ("Middle Ohio embracing
    Bo Kerr said"): no comma sets it off as a person's aside, and whose words these are is
    unsure. An -ing word after a determiner or a possessive, or hyphenated, is an adjective
    ("The outgoing Mayor Ada Kerr", "Ostland’s ailing Senator Bo Renn", "hard-working"); so
    is one before a title with no people or body before it to take the name as object."""
    for index in range(first + 1, at - 1):
        words = [word for _, word in tokens[index + 1 : at]]
        if not _participle_object(tokens[index][1], words):
            continue
        before = tokens[index - 1][1]
        if _adjective_place(before) or field_gerund([word for _, word in tokens], index):
            return at  # "the outgoing Mayor Ada Kerr", "head of engineering Ada Kerr"
        head = read_mention(" ".join(word for _, word in tokens[first:index]))
        if head is not None and head.kind == MentionKind.NAME:
            return first
        if _opens_with_title(words[0]) and not can_speak(before):
            return at
        return index
    return at


# Words after which an -ing word describes ("the outgoing"); never quantifiers, which can
# head the subject themselves ("some backing Bo Kerr").
_ADJECTIVE_OPENERS = DETERMINERS | frozenset(("our", "my", "your", "this"))
# Titles the role words lack, as they open a name ("MP Ada Kerr").
_TITLES = frozenset(("mp", "mep", "msp", "cllr", "councillor"))


def _adjective_place(before: str) -> bool:
    """True when the word before an -ing word makes it an adjective: "the outgoing"."""
    word = before.casefold()
    return word in _ADJECTIVE_OPENERS or word.endswith(("’s", "'s", "s’", "s'"))


def _opens_with_title(word: str) -> bool:
    word = word.casefold()
    return word in ROLE_WORDS or word in ABBREVIATIONS or word in _TITLES


def _participle_object(participle: str, words: list[str]) -> bool:
    if not participle.endswith("ing") or not participle.islower() or "-" in participle:
        return False  # "hard-working MP Ada Kerr": an adjective
    if participle in _NOT_PARTICIPLES or not words[0][:1].isupper():
        return False  # "policy planning director Ada Kerr": a job's word, not a participle
    mention = read_mention(" ".join(words))
    return mention is not None and mention.kind == MentionKind.NAME and mention.start == 0


def participle_object_before(
    tokens: list[tuple[int, str]], first: int, at: int, appositive: str
) -> bool:
    """True when the name closing a subject chunk (tokens[first:at]) is the object of an -ing
    word inside it and the aside after the chunk is a person's full name: "One pastor backing
    Mr. Vance, Tom Lind, said" is Tom Lind, the pastor, never Vance."""
    if before_object_participle(tokens, first, at) in (first, at):
        return False
    aside = read_mention(appositive)
    if aside is None or aside.kind != MentionKind.NAME or aside.start != 0:
        return False
    return " " in (aside.name or "")
