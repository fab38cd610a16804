"""A campaign is a body of its candidate: "his campaign said" is the Ada Kerr campaign.

A campaign's words are its own, never the candidate's, but "his campaign" or "her campaign"
alone names no campaign a reader can tell apart from another: the article's owner does, the
man or woman the possessive stands for ("Bo Renn ... his campaign said": the Bo Renn
campaign). So does a document a campaign sent out ("Kerr's campaign sent out an email ...
“...,” the email said", "The Ada Kerr campaign is releasing a new ad ... The ad says"): the
issuer is the campaign, told by its owner's name. Read here; speakers.py resolves the owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from store.quotes.lexicon import POSSESSIVE_SEX, Gender
from store.quotes.mentions import Mention, MentionKind

# The owner of a campaign as narration writes it: "his", "her", "Kerr's", "the Ada Kerr".
_NAME = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
_CAMPAIGN = re.compile(
    rf"\b(?:(?P<pronoun>[Hh]is|[Hh]er)|(?P<possessor>{_NAME})[’']s|[Tt]he\s+(?P<name>{_NAME}))"
    r"\s+(?:presidential\s+|reelection\s+|re-election\s+)?campaign\b"
)


@dataclass(frozen=True)
class CampaignOwner:
    """Whose campaign a phrase names: a pronoun of `sex`, or a name as written."""

    word: str  # "his", "Kerr", "Ada Kerr"
    sex: Gender  # of a pronoun; UNSAID for a name
    offset: int  # where the word stands in the text it was read from


def campaign_of(owner: str) -> str:
    """The body a person's campaign is called by: "the Ada Kerr campaign"."""
    return f"the {owner} campaign"


def hinted_campaign(mention: Mention) -> CampaignOwner | None:
    """The pronoun owning a campaign mention at the cue ("his campaign said"), else None."""
    if mention.kind != MentionKind.ORGANISATION:
        return None
    found = _CAMPAIGN.fullmatch(mention.text)
    if found is None or found["pronoun"] is None:
        return None
    word = found["pronoun"]
    return CampaignOwner(word, POSSESSIVE_SEX[word.casefold()], mention.start)


def issuing_campaign(words: str, base: int) -> CampaignOwner | None:
    """The campaign `words` (the sentence up to where it put a document out) make the
    document's issuer: the last campaign phrase, with no comma nor other name after it
    ("At dawn her campaign sent out"), else None. `base`: where `words` start."""
    found = list(_CAMPAIGN.finditer(words))
    if not found:
        return None
    last = found[-1]
    rest = words[last.end() :]
    if "," in rest or re.search(r"\b[A-Z]", rest):
        return None  # "his campaign, which Ada Kerr runs, sent out": another clause
    if last["pronoun"]:
        word = last["pronoun"]
        return CampaignOwner(word, POSSESSIVE_SEX[word.casefold()], base + last.start("pronoun"))
    group = "possessor" if last["possessor"] else "name"
    return CampaignOwner(last[group], Gender.UNSAID, base + last.start(group))


def works_for_campaign(name: str, roles: Iterable[str], texts: Iterable[str]) -> bool:
    """True when the person of `name` (with their `roles`) is written as a campaign's staff:
    "his campaign chief, Bo Renn", "campaign manager Bo Renn", "Renn, her campaign aide"."""
    if any("campaign" in role.casefold().split() for role in roles):
        return True
    names = "|".join(re.escape(n) for n in {name, name.split()[-1]})
    staff = re.compile(
        rf"\bcampaign(?:\s+[a-z][\w-]*){{1,2}},?\s+(?:{names})\b"
        rf"|\b(?:{names}),\s+(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+campaign\b"
    )
    return any(staff.search(text) for text in texts)
