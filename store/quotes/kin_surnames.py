""" "His wife, Elena, said": the family's surname for a first name set beside a relation.

kin_names.py makes "Elena" in "his wife, Elena," a person of the relation's sex, and the
pronouns after it hers; but her quotes then went to "Elena" alone, which a reader cannot look
up. The relation's owner gives the family name: the possessive's person ("Tarrant's wife"),
or for "his"/"her" the last full-named person not of the other sex named up to a paragraph
before.
The surname is only lent to the speaker's name at the end: a later "Tarrant said" still
means the one the article wrote with it.

A quote credited to the relation itself ("Her husband told us … “…,” he said") is the named
relation's when the article named him so before ("Anna Reis and her husband, Tomas,"): up to
a paragraph back, or further when the credit's own paragraph names the relation's owner last
before it ("“…,” Reis insisted. Her husband added: “…”"), which says whose "her" it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from store.models import Quote, SpeakerKind
from store.quotes.bare_kin import capped_bare_kin
from store.quotes.first_names import NOUN_GENDER
from store.quotes.kin_owners import names_a_body, sole_owner
from store.quotes.lexicon import KIN_WORDS, NAME_SUFFIXES, POSSESSIVE_SEX, Gender
from store.quotes.people import PARAGRAPH_STRIDE, Person, paragraphs_back, position
from store.quotes.speakers import Cast

# "his wife, Elena,", "Her husband Tomas,", "Tarrant's son, Ivo,": a relation, then a first
# name closed by a comma.
_APPOSED = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|\b(?P<owner>[A-Z][\w-]+)(?:’s|'s))\s+(?P<noun>[a-z]+),?\s+"
    r"(?P<name>[A-Z][a-z][\w-]*),\s"
)
# A name joined by "and" right before the relation: "Reis and [her husband]".
_JOINED = re.compile(r"\b([A-Z][\w’'-]+) and $")
_REACH = 1  # paragraphs back a "his" or "her" may point


@dataclass(frozen=True)
class _Kin:
    """A first name the article set beside a family relation."""

    at: int  # reading position of the name
    relation: str  # "her husband", "tarrant's son": as a later credit may write it
    first: str
    full: str  # with the owner's surname, or the first name when none is known
    owner: Person | None  # whose relation it is, when known


# A lent surname is a guess (a wife may keep her own name; "his" may be an object's): never
# above the pronoun line, below every credit the bot calls sure (review27c).
LENT_CONFIDENCE = 0.76


def kin_speakers(quotes: Iterable[Quote], paragraphs: tuple[str, ...], cast: Cast) -> list[Quote]:
    """The quotes with a kin first name widened to the family's full name, and a credit to
    the relation itself ("her husband") given to the relation named before; a kin left with
    a first name alone is no sure credit (bare_kin.py)."""
    quotes = _kin_speakers(list(quotes), paragraphs, cast)
    return capped_bare_kin(quotes, paragraphs, LENT_CONFIDENCE)


def _kin_speakers(quotes: list[Quote], paragraphs: tuple[str, ...], cast: Cast) -> list[Quote]:
    kins = _kin_named(paragraphs, cast)
    if not kins:
        return quotes
    widened: dict[str, str] = {}
    for kin in kins:  # the first relation a name is set beside gives its surname
        widened.setdefault(kin.first, kin.full)
    for first, full in widened.items():
        person = cast.people.get(first.casefold())
        if person is not None and person.name == first and full != first:
            person.call(first)
            person.name = full  # the speakers' record carries the full name too
    return [_widened(quote, kins, widened, paragraphs, cast) for quote in quotes]


def _widened(
    quote: Quote, kins: list[_Kin], widened: dict[str, str], paragraphs: tuple[str, ...], cast: Cast
) -> Quote:
    speaker = quote.speaker
    if speaker is None:
        return quote
    if speaker in widened:
        return replace(
            quote, speaker=widened[speaker], confidence=min(quote.confidence, LENT_CONFIDENCE)
        )
    at = position(quote.paragraph, quote.start)
    relation = speaker.casefold()
    # "Her husband said" means the named husband only close by (this or the paragraph
    # before) and when no other family's "her husband" was written between.
    reach = paragraphs_back(at, _REACH)
    named = [kin for kin in kins if kin.relation == relation and reach <= kin.at < at]
    named = named or _owned_here(relation, [kin for kin in kins if kin.at < reach], at, cast)
    if not named or _mentioned_between(relation, named[-1], at, paragraphs):
        return quote
    return replace(quote, speaker=named[-1].full, confidence=min(quote.confidence, LENT_CONFIDENCE))


def _kin_named(paragraphs: tuple[str, ...], cast: Cast) -> list[_Kin]:
    """Every first name set beside a family relation, in reading order, that the cast knows
    as a person by that name alone."""
    kins = []
    for index, text in enumerate(paragraphs):
        for match in _APPOSED.finditer(text):
            noun, first = match["noun"], match["name"]
            if noun not in KIN_WORDS or noun not in NOUN_GENDER:
                continue
            known = cast.people.get(first.casefold())
            if known is None or known.kind != SpeakerKind.PERSON:
                continue  # a name the cast widened or read otherwise already
            at = position(index, match.start("name"))
            owner = _joined_owner(text[: match.start()], match["pronoun"], cast)
            owner = owner or _owner(match["pronoun"], match["owner"], at, cast, paragraphs)
            if owner is not None and names_a_body(owner.name, paragraphs):
                owner = None  # a firm the cast read as a person has no family (kin_owners.py)
            full = first
            surname = _surname(owner) if owner is not None else None
            if owner is not None and surname and owner.name.split()[0] != first:
                full = f"{first} {surname}"
            relation = match[0][: match.end("noun") - match.start()].casefold()
            kins.append(_Kin(at, relation, first, full, owner))
    return kins


def _joined_owner(before: str, pronoun: str | None, cast: Cast) -> Person | None:
    """The person joined to a "his"/"her" relation by "and" ("Reis and her husband, Tomas,"):
    the relation is theirs, whoever else of that sex the paragraph names."""
    joined = _JOINED.search(before) if pronoun is not None else None
    if joined is None:
        return None
    sex = POSSESSIVE_SEX[(pronoun or "").casefold()]
    bearers = cast.bearers(joined[1], sex)  # full-named, that sex
    return bearers[0] if len(bearers) == 1 and _full_person(bearers[0]) else None


def _owner(
    pronoun: str | None, owner: str | None, at: int, cast: Cast, paragraphs: tuple[str, ...]
) -> Person | None:
    """The full-named person the relation is of: the possessive's person, or the last one of
    the pronoun's sex named before `at`, up to a paragraph back."""
    if owner is not None:
        person = cast.find(owner)
        return person if person is not None and _full_person(person) else None
    sex = POSSESSIVE_SEX[(pronoun or "").casefold()]
    reach = paragraphs_back(at, _REACH)
    fits: list[Person] = []
    for seen, person in reversed(cast.named):
        if seen >= at:
            continue
        if seen < reach:
            break
        fitting = _full_person(person) and person.sex in (sex, Gender.UNSAID)
        fitting = fitting and not names_a_body(person.name, paragraphs)  # a firm: no "her"
        if fitting and all(person is not fit for fit in fits):
            fits.append(person)  # the other sex cannot be "his"; an unknown first name may
    # One such person in the relation's own paragraph is its owner ("Ostrow said …; his wife,
    # Jane,"); two who could own "his" ("X was arrested by officer Y. His mother") leave it
    # unsure: a wrong family name is worse than none.
    here = paragraphs_back(at, 0)
    near = [fit for fit in fits if any(seen >= here for seen in _seen(cast, fit, at))]
    if len(near) == 1:
        return near[0]
    if not fits:  # no one close: the article's only person of that sex (kin_owners.py)
        return sole_owner(cast.named, sex, at, paragraphs)
    return fits[0] if len(fits) == 1 else None


def _owned_here(relation: str, kins: list[_Kin], at: int, cast: Cast) -> list[_Kin]:
    """The kin further back that a "his"/"her" relation at `at` means: the one named with
    that relation of the person whom the credit's paragraph names last before it, not of the
    other sex ("“…,” Reis insisted. Her husband added: “…”"); none when that owner has two."""
    sex = POSSESSIVE_SEX.get(relation.split()[0])
    here = paragraphs_back(at, 0)
    last = None
    for seen, person in reversed(cast.named):
        if here <= seen < at and person.kind == SpeakerKind.PERSON:
            last = person
            break
    if sex is None or last is None or last.sex not in (sex, Gender.UNSAID):
        return []
    owned = [kin for kin in kins if kin.relation == relation and kin.owner is last]
    return owned if len({kin.full for kin in owned}) == 1 else []


def _seen(cast: Cast, person: Person, at: int) -> list[int]:
    """Where the cast named `person` before `at`."""
    return [seen for seen, named in cast.named if named is person and seen < at]


def _surname(person: Person) -> str | None:
    """The family name of a full name: its last word that is not "Jr." or "III"."""
    words = [word for word in person.name.split() if word.casefold() not in NAME_SUFFIXES]
    return words[-1] if len(words) > 1 else None


def _mentioned_between(relation: str, kin: _Kin, end: int, paragraphs: tuple[str, ...]) -> bool:
    """Whether another person's `relation` ("Karl Pike and his wife") is written after the
    kin, before `end`: a later bare "his wife said" may then be that one's. The kin's own
    owner written so again ("Reis and her husband set out") is the same family."""
    pattern = re.compile(rf"\b([A-Z][\w-]+) and (?i:{re.escape(relation)})\b")
    own = set(kin.owner.name.split()) if kin.owner is not None else set()
    start = kin.at
    first = start // PARAGRAPH_STRIDE
    for index in range(max(first, 0), end // PARAGRAPH_STRIDE + 1):
        if index >= len(paragraphs):
            break
        for match in pattern.finditer(paragraphs[index]):
            if start < position(index, match.start()) < end and match[1] not in own:
                return True
    return False


def _full_person(person: Person) -> bool:
    return person.kind == SpeakerKind.PERSON and not person.described and " " in person.name
