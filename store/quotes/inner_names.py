"""A name that is only the object of a description's preposition, never its head.

"Tom Byrne, an aide to Bob Clanton said": the appositive "an aide to Bob Clanton" was never
closed with its comma, and the name inside it is whom the aide serves, not who speaks. The
speaker is the name the appositive describes.
"""

from __future__ import annotations

from store.quotes.mentions import Mention, MentionKind, read_mention

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
    unsure."""
    for index in range(first + 1, at - 1):
        if _participle_object(tokens[index][1], [word for _, word in tokens[index + 1 : at]]):
            head = read_mention(" ".join(word for _, word in tokens[first:index]))
            named = head is not None and head.kind == MentionKind.NAME
            return first if named else index
    return at


def _participle_object(participle: str, words: list[str]) -> bool:
    if not participle.endswith("ing") or not participle.islower():
        return False
    if participle in _NOT_PARTICIPLES or not words[0][:1].isupper():
        return False  # "policy planning director Ada Kerr": a job's word, not a participle
    mention = read_mention(" ".join(words))
    return mention is not None and mention.kind == MentionKind.NAME and mention.start == 0
