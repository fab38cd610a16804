"""A document after an inverted cue speaks for the owner written beside it.

"“…,” read a statement from the ministry", "“…,” said a post by Brandt", "“…,” read a post on
her account": before the verb the same phrase already gave the owner ("A post by Brandt said:"
is Brandt's, read_mention reads past "by"), but after it the phrase was taken whole as an
unnamed describer, and the words went to "a statement from the ministry" or "a post". The
owner is written right there: from/by names it, and "on his/her/Name's account" (feed,
blog) is the account of whoever posts on it. A document with no owner beside it is left to
the paths that read it as before (documents with no author are no one's words there too).
"""

from __future__ import annotations

import re

from store.quotes.lexicon import POSSESSIVE_SEX, Gender
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.person_words import TEXT_NOUNS
from store.quotes.speech import Subject
from store.quotes.statement_owners import STATEMENT_WORDS
from store.quotes.statement_words import REPORTED_DOCUMENT_HEADS

# Nouns of a text someone put out; "account", "page" and the like are where it was put, not it.
_DOCUMENT_NOUNS = (REPORTED_DOCUMENT_HEADS | TEXT_NOUNS | STATEMENT_WORDS) - frozenset(
    ("account", "page", "website", "site", "blog")
)
# A determiner, up to two modifiers and the document: "a brief statement", "the new post".
_DOCUMENT = re.compile(r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)$")
# Where a post was put, right after the document: "on her Facebook account", "on Brandt's
# feed". Only places their owner alone posts to: anyone may write on a page or a website
# ("read one post on Brandt's Facebook page" may mourn her).
_ACCOUNT = re.compile(
    r"\s+on\s+(?P<owner>his|her|[A-Z][\w-]*[’']s)\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:account|feed|channel|blog|profile)\b"
)


def document_owner_after(subject: Subject | None, text: str) -> Mention | None:
    """The owner of an inverted cue's document subject, when written beside it, else None."""
    if subject is None:
        return None
    owned = _owned_by(subject)
    if owned is not None:
        return owned
    if (match := _DOCUMENT.match(subject.chunk)) is None or match["noun"] not in _DOCUMENT_NOUNS:
        return None
    account = _ACCOUNT.match(text, subject.start + len(subject.chunk))
    return None if account is None else _account_owner(account)


def _owned_by(subject: Subject) -> Mention | None:
    """ "a statement from the ministry", "a post by Ola Brandt": the owner after from/by, when
    the name (or body) is all that follows. "a tweet by X about Y", "a message from the board
    to Y", "a statement from the family of Y": the last name is whom it is about or for, and
    the phrase stays whole (read_mention would take that last name)."""
    words = re.match(r"(?P<document>.+?)\s+(?:from|by)\s+(?P<owner>\S.*)$", subject.chunk)
    if words is None:
        return None
    document = _DOCUMENT.match(words["document"])
    if document is None or document["noun"] not in _DOCUMENT_NOUNS:
        return None
    owner, start = words["owner"], subject.start + words.start("owner")
    mention = read_mention(owner, start)
    if mention is None or (mention.start, mention.end) != (start, start + len(owner)):
        return None
    return mention


def _account_owner(account: re.Match[str]) -> Mention:
    """The account's owner as a speaker: a pronoun stands as its subject form ("his": "he",
    whom salience resolves), a possessive name as the name."""
    owner, start = account["owner"], account.start("owner")
    if (sex := POSSESSIVE_SEX.get(owner)) is not None:
        subject = "he" if sex == Gender.MALE else "she"
        return Mention(subject, MentionKind.PRONOUN, gender=sex, start=start, end=start + 3)
    name = owner[:-2]
    return Mention(name, MentionKind.NAME, name=name, start=start, end=start + len(name))
