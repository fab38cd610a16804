"""A person's office as a speaker: "the office of Sen. Kerr said", "the Office of Ada Kerr",
"the office of the mayor".

The words of "the office of Sen. Ada Kerr" are a staff's, issued in her name: the reader should
see the office, an organisation whose name says whose it is ("Ada Kerr's office"), never Kerr
herself at a named speaker's confidence. Without this the cue's subject reads as its last name
("Sen. Kerr", at 0.97) or as a body literally named "Office of Ada Kerr". A body whose name only
opens with "Office of" ("the Office of Budget Review") is no person's office and is left alone.
"""

from __future__ import annotations

import re

from store.models import SpeakerKind
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.salience import first_name_gender
from store.quotes.speakers import Cast

# "the office of " right before a name the mention read alone ("the office of Sen. Kerr").
_OFFICE_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?\b[Oo]ffice\s+of\s+$")
# A mention whose own words open with it ("the Office of Ada Kerr", "the Office of Sen. Kerr").
_OFFICE_OPENING = re.compile(r"(?:[Tt]he\s+)?[Oo]ffice\s+of\s+")
# "Kerr’s office", "Ada Kerr's office".
_OWNED_OFFICE = re.compile(r"(?P<owner>.+?)['’]s\s+office$")
_THE = re.compile(r"^[Tt]he\s+")
_LOOK_BACK = 16  # characters: "the office of " and a little room
# Whose office it may be: a name, a description ("the office of the mayor"), or the body
# whose own words say it ("the Office of Ada Kerr", "Kerr’s office").
_OWNERS = frozenset((MentionKind.NAME, MentionKind.DESCRIPTION, MentionKind.ORGANISATION))


def office_event(
    text: str, mention: Mention, paragraph: int, cast: Cast
) -> tuple[Mention, Person] | None:
    """The office's mention (a body's, spanning its words) and the body the cast keeps for it,
    when a speech event's subject is a person's office; else None."""
    found = _office_and_owner(text, mention, cast)
    if found is None:
        return None
    office, owner = found
    holder = cast.resolve(owner, paragraph * PARAGRAPH_STRIDE + owner.start)
    if holder is None or holder.kind != SpeakerKind.PERSON:
        return None
    # "the mayor" named no one before: "the mayor's office", as the words describe it.
    return office, _office_body(cast, f"{holder.name}'s office", office.text)


def _office_body(cast: Cast, name: str, written: str) -> Person:
    """The body named `name`; narration may have read it already under its written name ("the
    Office of Ada Kerr" as "Office of Ada Kerr"): that body is the office, renamed, so that a
    later "it said" finds the same one."""
    key = _THE.sub("", written).casefold()
    literal = cast.people.get(key)
    renamed = literal is not None and literal.kind == SpeakerKind.ORGANISATION
    if renamed and literal is not None and name.casefold() not in cast.people:
        del cast.people[key]
        literal.names.append(literal.name)
        literal.name = name
        cast.people[name.casefold()] = literal
    body = cast.person(Mention(name, MentionKind.ORGANISATION, name=name))
    body.call(written)
    return body


def _office_and_owner(text: str, mention: Mention, cast: Cast) -> tuple[Mention, Mention] | None:
    if mention.kind not in _OWNERS:
        return None
    before = _OFFICE_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    if mention.kind != MentionKind.ORGANISATION and before is not None:
        words = text[before.start() : mention.end]
        return _body(words, before.start(), mention.end), mention
    opening = _OFFICE_OPENING.match(mention.text)
    owned = _OWNED_OFFICE.fullmatch(mention.text) if opening is None else None
    if opening is None and owned is None:
        return None
    owner_at = mention.start + (opening.end() if opening else 0)
    owner_words = mention.text[opening.end() :] if opening else owned["owner"] if owned else ""
    owner = read_mention(owner_words, owner_at)
    whole = owner is not None and owner.end - owner.start == len(owner_words)
    if owner is None or owner.kind != MentionKind.NAME or not whole:
        return None
    if not _a_person(owner, cast):
        return None  # "the Office of Budget Review": a body's own name
    return _body(mention.text, mention.start, mention.end), owner


def _a_person(owner: Mention, cast: Cast) -> bool:
    """True when the words after "office of" name a person: one the cast knows, a title, or a
    first name ("Office of Ada Kerr"), never a body's words ("Office of Budget Review")."""
    known = cast.find(owner.name or owner.text)
    if known is not None:
        return known.kind == SpeakerKind.PERSON
    name = owner.name or owner.text
    return bool(owner.role or owner.gender) or bool(first_name_gender(name.split()[0]))


def _body(words: str, start: int, end: int) -> Mention:
    return Mention(words, MentionKind.ORGANISATION, name=words, start=start, end=end)
