"""Who sent the words: "a letter from Ada Kerr", "heard from Kerr" name the writer, not the
one who received them ("Tom Reddy got an email from Ada Kerr: “...”" is Kerr's)."""

from __future__ import annotations

import re

from store.quotes.lexicon import DOCUMENT_WORDS, ISSUED_WORDS
from store.quotes.mentions import Mention, MentionKind, read_mention

# What carries someone's words to another, and "heard": each may take "from" and the sender.
_CARRIERS = (
    DOCUMENT_WORDS
    | ISSUED_WORDS
    | frozenset(
        (
            "e-mail",
            "emails",
            "messages",
            "notes",
            "text",
            "texts",
            "reply",
            "response",
            "call",
            "word",
        )
    )
)
# "a letter from Kerr", "a letter from the Harbour Guild", "an email sent out by Kerr", "a
# note signed by the Harbour Guild", "a tweet by Kerr": the carrier, its link, then the
# sender's capitals (a name after it, "a tweet by Kerr about Renn", is whom it is about).
_FROM = re.compile(
    r"\b([\w-]+)\s+(?:from|(?:(?:sent(?:\s+out)?|written|signed|penned|authored)\s+)?by)\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*\w")
# A body sends a letter as a person does: "a letter from the Harbour Guild obtained by The
# Ledger warns" is the guild's, never the paper's that obtained it.
_SENDERS = frozenset((MentionKind.NAME, MentionKind.ORGANISATION))
# A sender described, not named: "read out a letter from the victim:", "a note from her
# mother:". Only whole: the description runs to the colon (or the window's end).
_DESCRIBED_FROM = re.compile(
    r"\b([\w-]+)\s+from\s+(?P<who>(?:the|his|her|their|a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}"
    r"[a-z][\w’'-]*)\s*$"
)


def sender(text: str, start: int, end: int) -> Mention | None:
    """The person or body named after "<a carrier of words> from" (or "sent by") between
    `start` and `end`, the last such when several are, else None."""
    window = text[start:end]
    if " from " not in window and " by " not in window:
        return None  # most subjects: no link, no search
    found = None
    for link in _FROM.finditer(text, start, end):
        carrier = link[1].casefold()
        if carrier not in _CARRIERS and carrier != "heard":
            continue
        name = _NAME.match(text, link.end(), end)
        if name is not None and name[0].endswith(("’s", "'s")):
            continue  # "a letter from Ivo Sarn's lawyer": the lawyer's, whom no name gives
        mention = read_mention(name[0], name.start()) if name else None
        if mention is not None and mention.kind in _SENDERS:
            found = mention
    return found or _described_sender(text, start, end)


def _described_sender(text: str, start: int, end: int) -> Mention | None:
    """ "a letter from the victim" ending the window: the description, when it can speak."""
    link = _DESCRIBED_FROM.search(text, start, end)
    if link is None or link[1].casefold() not in _CARRIERS:
        return None
    mention = read_mention(link["who"], link.start("who"))
    return mention if mention is not None and mention.kind == MentionKind.DESCRIPTION else None


# "a letter from Kerr": a carrier of words right before the "from" that ends at the name.
_CARRIER_BEFORE = re.compile(r"\b([\w-]+)\s+from\s+$")


def carried_from(text: str, name_start: int) -> bool:
    """True when the name at `name_start` follows "<a carrier of words> from" ("a letter from
    Kerr warns"): the words' sender, not the object of a phrase of place ("refugees from Iraq")."""
    link = _CARRIER_BEFORE.search(text, max(0, name_start - 30), name_start)
    return link is not None and link[1].casefold() in _CARRIERS
