"""A document two owners issued together: "A Kerr and Vane statement said" is Kerr and Vane's.

The mention reader reads a document's owner back from its noun and stops at "and", so "a Kerr
and Vane statement" came out as "Vane statement", then Vane's words (a firm named by two
surnames, or two people's joint statement): one half of the owner, near the plain ways'
confidence. The whole owner, both names and their "and", is who speaks. Both halves must be
names: "the Mayor and Vane statement" joins a post to a name, and "Mayor and Vane" is no one;
the name's half is then credited alone, one of two owners, so never surely (post_joint).
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.lexicon import ARTICLES, ROLE_WORDS
from store.quotes.mentions import Mention, MentionKind
from store.quotes.statement_owners import STATEMENT_WORDS

# The document's article, then the first owner's capitalised words and the joint, ending
# right where the mention (the second owner and the document noun) starts.
_FIRST_OWNER = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Tt]heir|[Aa]\s+joint)\s+"
    r"(?P<first>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:and|&)\s+$"
)
_REACH = 60  # characters before the mention searched for the first owner
# After an inverted cue the reader stops at the first owner ("read the Kerr"): the joint, the
# second owner and the document's noun follow it.
_SECOND_OWNER = re.compile(
    r"\s+(?:and|&)\s+(?P<second>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    rf"(?:{'|'.join(sorted(STATEMENT_WORDS))})\b"
)


def joint_owner(mention: Mention, text: str) -> Mention:
    """The two owners of "a Kerr and Vane statement" as one body mention, else the mention."""
    words = mention.text.split()
    if mention.kind not in (MentionKind.ORGANISATION, MentionKind.NAME):
        return mention
    second = _SECOND_OWNER.match(text, mention.end)
    if second is not None and mention.name and mention.text.split()[0] in ARTICLES:
        owner = f"{mention.name} and {second['second']}"
        if not _names(mention.name, second["second"]):
            return mention
        end = second.end("second")
        return replace(
            mention, kind=MentionKind.ORGANISATION, text=owner, name=owner, role=None, end=end
        )
    if mention.kind != MentionKind.ORGANISATION or len(words) < 2:
        return mention
    if words[-1] not in STATEMENT_WORDS or not all(w[:1].isupper() for w in words[:-1]):
        return mention
    match = _FIRST_OWNER.search(text, max(0, mention.start - _REACH), mention.start)
    if match is None:
        return mention
    if not _names(match["first"], " ".join(words[:-1])):
        return mention
    start = match.start("first")
    owner = f"{match['first']} and {' '.join(words[:-1])}"
    return replace(mention, text=owner, name=owner, start=start)


def _names(*owners: str) -> bool:
    """True when no owner ends in a post's word ("Mayor", "the Minister"): each is a name."""
    return all(owner.split()[-1].casefold() not in ROLE_WORDS for owner in owners)


def post_joint(mention: Mention, text: str) -> bool:
    """True for one half of a document a post and a name issued ("the Mayor and Vane
    statement"): whoever it resolves to is only one of its owners."""
    second = _SECOND_OWNER.match(text, mention.end)
    if second is not None and mention.name:
        return not _names(mention.name, second["second"])
    words = mention.text.split()
    if len(words) < 2 or words[-1] not in STATEMENT_WORDS:
        return False
    match = _FIRST_OWNER.search(text, max(0, mention.start - _REACH), mention.start)
    return match is not None and not _names(match["first"], " ".join(words[:-1]))
