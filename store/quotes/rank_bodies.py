"""Bodies whose name opens with a rank or role word: General Electric, National Grid.

"General", "National", "Federal", "Senior", "First" and "State" are title words ("General
Tom Vance", "State Sen. Ada Kerr"), so the name reader kept "Electric" as the surname of a
General. A speaker must be the whole name: when the rest is one word that is no one the cast
knows by that surname, the two words name a body ("General Electric said"), unless the article
shows a person: "General", "Senior" and "First" are ranks too, and a rest the article later
writes alone ("Later Okafor told reporters") or follows with "he" or "she" is a surname. A rest
that heads a body's or company's name ("General Motors") is always a body's. The abbreviation
("Gen. Vance") is always a person's title and stays one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from store.quotes.body_name_ends import ends_a_body_name
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE

# Title words that also open the names of companies and bodies, spelt out and capitalised.
_BODY_OPENERS = frozenset(("General", "National", "Federal", "Senior", "First", "State"))
# Those that are also a person's rank before a bare surname ("General Okafor").
_RANKS = frozenset(("General", "Senior", "First"))
# "he"/"she" only, as the docstring says; role_holders' _THIRD_PERSON reads every form (the
# same PolNeAR digest here, but a wider rule than the one tuned).
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# A person's full name between the ranked name and the pronoun: the pronoun may be theirs
# ("General Atomics said … Its founder, Bo Renn, said he was proud").
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+ [A-Z][a-z’'-]+\b")


def rank_body(mention: Mention, texts: Mapping[int, str], at: int) -> Mention:
    """The mention as a body's whole name when it is a body-opening title word and one
    unknown word ("General Electric"), else as read; the caller tried the surname first.
    `texts` are the article's paragraphs by number, `at` the mention's reading position."""
    if mention.kind != MentionKind.NAME or not mention.name or " " in mention.name:
        return mention
    words = mention.text.split()
    if len(words) != 2 or words[0] not in _BODY_OPENERS or words[1] != mention.name:
        return mention
    if not ends_a_body_name(words[1]) and words[0] in _RANKS and _a_person(words, texts, at):
        return mention
    return replace(mention, kind=MentionKind.ORGANISATION, name=mention.text, role=None)


def _a_person(words: list[str], texts: Mapping[int, str], at: int) -> bool:
    """True when the text after the ranked name writes its rest alone, or "he" or "she" in
    the mention's paragraph or the next before any other full name."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    rank, rest = words
    alone = re.compile(rf"(?<!{rank} )\b{re.escape(rest)}\b")
    after = offset + len(rank) + 1 + len(rest)
    later = [text for number, text in texts.items() if number > paragraph]
    here = texts.get(paragraph, "")[after:]
    if any(alone.search(text) for text in (here, *later)):
        return True
    following = f"{here}\n{texts.get(paragraph + 1, '')}"
    pronoun = _PERSONAL_PRONOUN.search(following)
    return pronoun is not None and not _FULL_NAME.search(following, 0, pronoun.start())
