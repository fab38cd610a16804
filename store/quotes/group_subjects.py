"""A group named by whom it backs or fights: "supporters of Ada Kerr", "residents opposing
Kerr's plan".

The name at the end of such a subject is the one the group is for or against, never the one
speaking: "Cheering supporters of Ada Kerr said “...”" are the supporters' words, as are
"critics of Bo Renn said" and "Residents opposing Ada Kerr's plan said". The whole phrase is
the speaker, a body of people like "critics of the plan". So are "Lawyers for Ada Kerr",
which the mention reader took for a name with its role (as "spokesman for" is one).
Such a group is described, not named: which supporters spoke the cue does not say, so its
credit is held below the plain ways' 0.9 (described_group, read by confidence_caps.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import Person
from store.quotes.person_words import can_speak
from store.quotes.statement_owners import DESCRIBED_BODY

# A plural noun, then "of" or a participle ("opposing", "backing"), then only the capitalised
# words of the name up to the mention ("Ada " before "Kerr's plan"). After "of", "for" or
# "against" a deed, an article or a participle may stand before the name: "Supporters of
# ousting Mayor Ada Kerr", "critics of the embattled Ada Kerr" still speak for themselves;
# no other word, so "Critics of the plan and Ada Kerr said" and "Supporters of the plan say
# Kerr said" keep Kerr.
_GROUP_LINK = re.compile(
    r"\b(?P<group>[A-Za-z]+s)\s+(?P<link>(?:of|for|against)"
    r"(?:\s+(?:the|a|an|former|incumbent|[a-z]{3,}ing|[a-z]{3,}ed)){0,3}"
    r"|[a-z]{3,}ing)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
_LOOK_BACK = 60
_ROLE_LINKS = frozenset(("for", "of", "to"))
# Words ending in "-ing" that list or time the people rather than say what the group does:
# "critics including Ada Kerr said" are Kerr's words.
_NO_LINKS = frozenset(("including", "during", "excluding", "notwithstanding"))


def group_subject(mention: Mention, text: str) -> Mention:
    """The group whose words they are when the mention is the one it backs or opposes, else
    the mention itself."""
    if mention.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return mention
    if mention.kind == MentionKind.NAME and _plural_role(mention.role):
        # "Lawyers for Ada Kerr said": read as a name with its role, whom none of it is.
        return replace(mention, kind=MentionKind.ORGANISATION, name=mention.text, role=None)
    window_start = max(0, mention.start - _LOOK_BACK)
    link = _GROUP_LINK.search(text, window_start, mention.start)
    if link is None or _NO_LINKS & set(link["link"].split()) or not _people(link["group"]):
        return mention
    start = link.start("group")
    phrase = text[start : mention.end]
    return replace(
        mention, text=phrase, kind=MentionKind.ORGANISATION, name=phrase, role=None, start=start
    )


def _plural_role(role: str | None) -> bool:
    """True for a plural job and its link read as a name's role: "Lawyers for", "Aides to"."""
    words = (role or "").split()
    return len(words) == 2 and words[1] in _ROLE_LINKS and _people(words[0])


def _people(word: str) -> bool:
    """A plural word for people ("supporters", "Critics"), not "news" or "plans"."""
    lowered = word.casefold()
    return lowered.endswith("s") and can_speak(lowered)


# A described group's ceiling: a lower-case body's ("the club said"), whose kind it is.
DESCRIBED_GROUP = DESCRIBED_BODY


def described_group(speaker: Person | None) -> bool:
    """True for a body named by a plural people word and what links it ("Supporters of Ada
    Kerr", "Residents opposing the plan"): a group described, no body's name."""
    words = speaker.name.split() if speaker is not None else []
    if len(words) < 2 or not _people(words[0]):
        return False
    link = words[1]
    return link in _GROUP_WORDS or (link.islower() and link.endswith(("ing", "ed")))


# The second word of a described group: its link or a participle ("Supporters of", "Residents
# opposed to"); "Veterans Affairs" or "Teachers Union" is a body's name.
_GROUP_WORDS = frozenset(("of", "for", "against", "to", "from", "in", "at", "who"))
