"""“...,” the company wrote": the one body of that kind the article named just before.

Reporters name a body once ("Boltmart.com said listings are made by users") and then quote it
by its kind alone ("the company", "the agency", "the group"). When exactly one body that kind
fits was named in the paragraph so far or the one before, the bare noun is that body; none, or
two that fit ("Acme and Boltmart said ... the company said"), leave the noun as it was. A
body whose name ends in the noun ("the union" after "the Hartwell Teachers Union") is
agreement.py's; a description of a body ("the trade group for X") is described_bodies.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Set
from functools import lru_cache

from store.models import SpeakerKind
from store.quotes.body_appositives import (
    called_in_apposition,
    called_otherwise,
    describing_modifier,
)
from store.quotes.lexicon import DEFINITE_DETERMINERS, word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE, Person, seen_at
from store.quotes.unsexed_names import unsexed_name

# Words of a public body's name: a government's office is "the agency", never "the company".
_PUBLIC = word_set(
    "department agency administration bureau service office commission ministry authority "
    "committee council court senate house congress parliament government police"
)
# Words of a political body's name, neither a company nor a government's agency.
_POLITICAL = word_set("party campaign caucus")
# Words of a paper's name: "the newspaper" after "the Dover Ledger".
_PAPERS = word_set(
    "times post news journal herald tribune gazette globe examiner chronicle inquirer star "
    "register advocate ledger observer guardian telegraph mail sun record"
)
_UNIONS = word_set("union unions federation teamsters workers guild")
_FIRMS = word_set("group holdings corp inc co llc ltd")
_ALL_BODIES = _PUBLIC | _POLITICAL
# What each bare noun may stand for, read from the body's name: the words it must hold, or
# (a leading None) the words it must not.
_FITS: dict[str, tuple[bool, frozenset[str]]] = {
    "agency": (True, _PUBLIC - word_set("court senate house congress parliament")),
    "ministry": (True, word_set("ministry")),
    "department": (True, word_set("department")),
    "union": (True, _UNIONS),
    "newspaper": (True, _PAPERS),
    "paper": (True, _PAPERS),
    "editorial": (True, _PAPERS),  # "the editorial read" after the Dover Ledger's editors
    "campaign": (True, word_set("campaign")),
    "company": (False, _ALL_BODIES | _UNIONS),
    "firm": (False, _ALL_BODIES | _UNIONS),
    # A company called "... Group" is as much a firm as a group: no telling (agreement.py).
    "group": (False, _ALL_BODIES | _FIRMS),
    "organization": (False, _ALL_BODIES),
    "organisation": (False, _ALL_BODIES),
}
# Paragraphs back the body may have been named in: the bare noun follows soon after.
_REACH = 1
# A body of the noun described, not named ("a lobbying group", "the trade group for X"): the
# bare noun may be that one, so no named body is sure.
_DESCRIBED = r"\b(?:[Aa]n?\s+(?:[a-z][\w-]*\s+){{0,3}}|[Tt]he\s+(?:[a-z][\w-]*\s+){{1,3}}){noun}\b"


@lru_cache(maxsize=16)
def _described(noun: str) -> re.Pattern[str]:
    return re.compile(_DESCRIBED.format(noun=noun))


def sole_body(
    mention: Mention,
    named: list[tuple[int, Person]],
    texts: Mapping[int, str],
    at: int,
    places: Set[str] = frozenset(),
) -> Person | None:
    """The one body the bare "the company" at reading position `at` can mean: named in this
    paragraph before it or the one before, of the noun's kind, with no body of that noun
    described there (`texts`: the paragraphs); else None. A name narration writes as a place
    (`places`: "rallied at Temple Hall") is where a crowd stood, not who spoke."""
    noun = kind_noun(mention)
    if noun is None:
        return None
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    for earlier in range(paragraph - _REACH, paragraph + 1):
        text = texts.get(earlier, "")
        if _described(noun).search(text, 0, offset if earlier == paragraph else len(text)):
            return None
    start = (paragraph - _REACH) * PARAGRAPH_STRIDE
    fitting = {
        id(person): person
        for seen, person in named[bisect_left(named, start, key=seen_at) :]
        if seen < at
        and (person.kind == SpeakerKind.ORGANISATION or unsexed_name(person, noun, texts, seen))
        and _own_name(person.name)
        and person.name.casefold() not in places
        and (body_fits(noun, person.name) or called_in_apposition(noun, person.name, texts, at))
        and not called_otherwise(noun, person.name, texts, at)  # "X, the football club,"
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def kind_noun(mention: Mention) -> str | None:
    """The kind a bare body noun names ("the agency": agency; "its editorial board":
    editorial, the paper's), else None."""
    words = mention.text.casefold().split()
    if len(words) == 3 and describing_modifier(words[1]):
        words = [words[0], words[2]]  # "the conservative-leaning newspaper": the newspaper
    if words[1:] == ["editorial", "board"]:
        words = words[:2]  # a paper's editorial board writes as the paper
    if mention.kind != MentionKind.ORGANISATION or len(words) != 2:
        return None
    return words[1] if words[0] in DEFINITE_DETERMINERS and words[1] in _FITS else None


def _own_name(name: str) -> bool:
    """True for a body written by its own name ("Boltmart.com", "the Transit Department"),
    not by a noun ("the company" read before is no second company)."""
    return any(word[:1].isupper() for word in name.split() if word.casefold() != "the")


def body_fits(noun: str, name: str) -> bool:
    """True when a body named `name` may be called "the <noun>" ("the agency": the Transit
    Department; "the company": Boltmart.com, no party or office)."""
    needed, words = _FITS[noun]
    name_words = {word.strip(".,").casefold() for word in name.split()}
    if name.casefold().split()[-1] == noun and noun != "group":
        return True
    return bool(name_words & words) == needed
