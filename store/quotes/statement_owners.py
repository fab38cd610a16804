"""A document credited as a speaker stands for the body that issued it, and a body's bare
description is no sure name.

"A company statement said: “...”" and "a Nordel Energy statement said" quote a statement,
which speaks for its owner: the body its owner's words name ("Nordel Energy"), or only a
description of one ("the company") when the article names its owner no closer; a person's
document ("Kerr's memoir") is that person's, when the cast knows them. Read by the cast
(speakers.py) before a body mention registers, and by confidence_caps.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from store.models import SpeakerKind
from store.quotes.lexicon import ISSUED_WORDS, ORGANISATION_WORDS, word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.name_words import POSSESSIVE_END
from store.quotes.people import Person

_ARTICLES = frozenset({"a", "an", "the", "another", "one", "this", "that", "its"})
# What a body issues in its own voice. Not polls, data or reports (their figures are the
# pollster's finding, not a statement), and only in lower case: "Post", "Press" and "Act"
# end names ("the Washington Post").
STATEMENT_WORDS = _STATEMENTS = word_set("statement release email e-mail letter memo note message")
# A body named by a lower-case description ("the club said", "the company said"): right as a
# description, but which body it is the cue does not say. ORGANISATION's own way figure
# (confidence.py), held below the plain ways' 0.9 whatever the cue's clues.
DESCRIBED_BODY = 0.85
# Documents whose words are their issuer's: a statement's, and a body's ad ("a Club for Growth
# ad", whose voice-over speaks for the club).
_OWNED = _STATEMENTS | frozenset(("ad",))
# Words inside one body's name; not "and", which joins two owners ("a Vane and Kerr ad").
_NAME_LINKS = frozenset(("for", "of", "the"))
# Words of a body's name that an ad's owner may hold without the cast knowing it ("Dover
# Teachers Union", "Harbor Motors"); a name linked by "for" or "of" is one too ("Friends of
# the Earth", "Kerr for Mayor"), no event's ("A Super Bowl ad").
_AD_OWNER_WORDS = frozenset(
    "club group committee council party campaign association union fund foundation coalition"
    " alliance federation society motors industries holdings airlines airways bank"
    " corp corp. inc inc. ltd plc".split()
)
_OWNERS = frozenset({"his", "her", "their", "our"})


def statement_owner(mention: Mention, cast: Mapping[str, Person]) -> Mention | None:
    """The body mention a document mention speaks for ("a Nordel Energy statement":
    Nordel Energy; "A company statement": the company), else None. An ad's capitalised
    owner must be a body the `cast` (its people by name) holds or hold a body's word: an ad is
    also named for its occasion or target ("A Super Bowl ad", "A Kerr-bashing ad")."""
    words = mention.text.split()
    if mention.kind != MentionKind.ORGANISATION or len(words) < 2 or words[-1] not in _OWNED:
        return None
    owner = words[1:-1] if words[0].casefold() in _ARTICLES else words[:-1]
    if not owner:
        return None
    bare = POSSESSIVE_END.sub("", owner[-1])
    if len(owner) == 1 and bare.casefold() in ORGANISATION_WORDS and bare.islower():
        described = f"the {bare}"  # "A company statement", "the club's statement"
        return replace(mention, text=described, name=described)
    if bare == owner[-1] and _capitalised(owner):
        text = " ".join(owner)
        if words[-1] == "ad" and not _body_like(text, cast):
            return None  # "a Nordel Energy statement"; "Kerr's letter" is a person's
        return replace(mention, text=text, name=text)
    return None


def _capitalised(words: list[str]) -> bool:
    """True for a body's name: capitalised words, with "for" or "of" inside ("Club for
    Growth", "Friends of the Harbor")."""
    inner = all(word[:1].isupper() or word in _NAME_LINKS for word in words[1:-1])
    return words[0][:1].isupper() and words[-1][:1].isupper() and inner


def _body_like(name: str, cast: Mapping[str, Person]) -> bool:
    """True for an owner the cast holds as a body or whose name holds a body's word."""
    if "-" in name:
        return False  # "A Kerr-bashing ad": whom it attacks
    known = cast.get(name.casefold())
    if known is not None and known.kind == SpeakerKind.ORGANISATION:
        return True
    words = name.split()
    linked = any(word in ("for", "of") for word in words[1:-1])
    return linked or any(word.casefold() in _AD_OWNER_WORDS for word in words)


def possessive_owner(mention: Mention) -> str | None:
    """The owner's word of a person's document ("Kerr's memoir": Kerr), else None; the cast
    looks the word up among its people."""
    words = mention.text.split()
    owner = POSSESSIVE_END.sub("", words[0])
    if len(words) < 2 or owner == words[0] or words[-1].casefold() not in ISSUED_WORDS:
        return None
    return owner


def described_body(speaker: Person | None) -> bool:
    """True for a body known only by a description: in lower case ("the club"), or the same
    opening a sentence ("The email", "Her campaign", "One Acme ad": its noun in lower case)."""
    if speaker is None:
        return False
    words = speaker.name.split()
    opened = words[0].casefold() in _ARTICLES | _OWNERS and words[-1][:1].islower()
    return words[0][:1].islower() or opened
