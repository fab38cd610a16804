"""Whether the holder of a role is the role of the body that "the <body>'s <role>" names.

"Quarnby chairman Osric Vale ... “…,” the union's chairman said": the union is not
Quarnby, so its chairman is someone else than Grell, and the description stays. The
holder's own written role ("Quarnby chairman", "Mill Lane Bakery chief executive") says
which body holds them: the same kind noun written in it ("Dock Workers Union chairman"), or
the article tying that body's name to the noun ("Quarnby, the union,", "the union
Quarnby"), or, for a body named with no kind word of its own ("Harbour Rovers"), a noun
any such body is called by ("the club", "the company"). A role with no body ("Director Milo
Aske") holds for no body's role.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from store.quotes.person_words import singular

# Nouns a named company or team is called by whatever its name ("Harbour Rovers": the club;
# "Mill Lane Bakery": the company). A union, council or agency names its kind, or the
# article says it ("Quarnby" is no union for it).
_ANY_BODYS_NOUNS = frozenset("company firm club team business side outfit".split())
# Words by which a body's name says it is no company or team.
_OTHER_KINDS = frozenset(
    """
    union council agency party association federation league society trust church university
    college institute ministry department committee commission board authority court school
    hospital charity foundation coalition movement guild
    """.split()
)


def holds_for_owner(roles: Sequence[str], role: str, owner: str, texts: Iterable[str]) -> bool:
    """True when one of `roles` (the holder's written roles) is `role` of a body the noun
    `owner` may mean."""
    texts = list(texts)
    for written in roles:
        body = _body_words(written, role)
        if body and _body_is(body, owner, texts):
            return True
    return False


def _body_words(written: str, role: str) -> list[str]:
    """The words naming a body before `role` in the written role ("Quarnby" of
    "Quarnby chairman"), none when the role is not its end or nothing comes before."""
    words, ends = written.split(), role.split()
    if len(words) <= len(ends) or [w.casefold() for w in words[-len(ends) :]] != ends:
        return []
    return words[: -len(ends)]


def _body_is(body: list[str], owner: str, texts: list[str]) -> bool:
    kinds = {singular(word.casefold()) for word in body}
    if owner in kinds:
        return True  # "Dock Workers Union chairman": the union's
    name = " ".join(body)
    if not name[:1].isupper():
        return False  # "union chairman" of another kind: not the owner
    if _tied(name, owner, texts):
        return True  # "Quarnby, the union," or "the union Quarnby"
    # "Quarnby Mills" may be "the company"; "Quarnby Dockers Union" is a union, no company.
    other_kind = any(word.casefold() in _OTHER_KINDS for word in body)
    return owner in _ANY_BODYS_NOUNS and not other_kind


def _tied(name: str, owner: str, texts: list[str]) -> bool:
    """True when the article writes the body's name with the noun beside it."""
    noun = re.escape(owner)
    named = re.escape(name)
    tie = re.compile(
        rf"\bthe\s+{noun}s?,?\s+{named}\b|\b{named},\s+(?:the|a|an)\s+(?:[\w'’-]+\s+)?{noun}\b"
        rf"|\b{named}\s+{noun}\b",
        re.IGNORECASE,
    )
    return any(tie.search(text) for text in texts)
