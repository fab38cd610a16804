""" "“…,” the 48-year-old Welshman added" one paragraph after "Owain Vane … “…,” he said".

A description is read back only within its own paragraph (speakers.DESCRIPTION_REACH), so a
nationality noun (an age before it or not) opening the next paragraph's credit went to the
description itself, though it only re-names the man who just spoke. It is that speaker when
he spoke in the paragraph before (or earlier in this one), the description fits him (no other
age given for him, no role or sex against it), and no one else named since fits it too. The
way stays a description's, whose confidence is capped below the sure credits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.models import SpeakerKind
from store.quotes.described_sexes import description_sex
from store.quotes.kin_owners import names_a_body
from store.quotes.lexicon import Gender
from store.quotes.nationality_speakers import NATIONALITY_NOUNS
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.roleless_descriptions import roles_allow

if TYPE_CHECKING:
    from store.quotes.speakers import Cast

# "the Welshman", "the 48-year-old Welshman": a nationality, an age before it at most.
_NATIONAL = re.compile(r"[Tt]he\s+(?:(?P<years>\d{1,3})-year-old\s+)?(?P<noun>[A-Z][a-z]+)")
# An age kept among the roles ("Kerr, 31," gives "31-year-old"): roleless_descriptions.AGE_ROLE.
_AGE_ROLE = re.compile(r"(?:the\s+)?(\d{1,3})-year-old", re.IGNORECASE)


def national_speaker(chosen: Person | None, description: str, cast: Cast, at: int) -> Person | None:
    """The one who just spoke, for a nationality description the cast left unresolved
    (`chosen` is the description itself), else `chosen`."""
    match = _NATIONAL.fullmatch(description.strip())
    if match is None or match["noun"].casefold() not in NATIONALITY_NOUNS:
        return chosen
    if chosen is None or chosen.name != description:
        return chosen  # None: two fit; another person: the cast tied it already
    start = (at // PARAGRAPH_STRIDE - 1) * PARAGRAPH_STRIDE
    spoke = [person for seen, person in cast.spoke if start <= seen < at]
    if start < 0 or not spoke:
        return chosen
    speaker = spoke[-1]
    talkers = {id(person) for _, person in cast.spoke}
    fitting = {
        id(person): person
        for seen, person in cast.named + cast.spoke
        if start <= seen < at
        and _fits(person, match, cast, id(person) in talkers)
        and (person is speaker or not _before_role_of(seen, speaker, cast))
    }
    if list(fitting) != [id(speaker)]:
        return chosen  # the speaker does not fit, or someone else named since does too
    speaker.call(description)
    return speaker


def _before_role_of(seen: int, speaker: Person, cast: Cast) -> bool:
    """True when the name at `seen` only qualifies the speaker's role ("Gordon coach Owain
    Vane": the team "Gordon Vale", which the cast may read as a man named Gordon)."""
    text = cast.texts.get(seen // PARAGRAPH_STRIDE, "")
    role = rf"[A-Z][\w’'-]*(?:\s+[a-z][\w-]*){{1,3}}\s+{re.escape(speaker.name)}\b"
    return re.match(role, text[seen % PARAGRAPH_STRIDE :]) is not None


def _fits(person: Person, match: re.Match[str], cast: Cast, spoke: bool) -> bool:
    """True when the description may be `person`: a full-named person of no other sex, with
    no other age among the roles and no role the nationality noun cannot go with. Of unknown
    sex only when they spoke: "Dunmore coach X" names the team "Dunmore Vale" there too, and
    a name the cast knows no sex of and that says nothing is no man the "Welshman" is."""
    if person.kind != SpeakerKind.PERSON or person.described or " " not in person.name:
        return False
    if names_a_body(person.name, tuple(cast.texts.values())):
        return False
    sex = description_sex(match[0]) or _noun_sex(match["noun"])
    if sex and person.sex != sex and (person.sex or not spoke):
        return False
    ages = {aged[1] for role in person.roles if (aged := _AGE_ROLE.fullmatch(role.strip()))}
    if match["years"] and ages and match["years"] not in ages:
        return False
    return roles_allow(match["noun"], person.roles)


def _noun_sex(noun: str) -> Gender:
    """ "Welshwoman" female, "Frenchman" male, "Finn" unsaid."""
    lowered = noun.casefold()
    if lowered.endswith("woman"):
        return Gender.FEMALE
    return Gender.MALE if lowered.endswith("man") else Gender.UNSAID
