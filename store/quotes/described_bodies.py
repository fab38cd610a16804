"""“...,” the group wrote": the body an earlier description brought in, when only one fits.

A body the article never names by its own name comes in as a description ("the trade group
for the Harbor Mutual plans", "a Dover ballot commission") and is then quoted by its bare noun
("the group", "the commission"); a government's body comes in by its owner's possessive
("Ardia's foreign ministry", then "the ministry"). When that noun's description is the only
one in the paragraph so far or the one before, the body is that description, a fuller
answer than the noun alone; none or several (two groups described) leave the noun as it
was. A body named by its own capitalised name ("the Hartwell Teachers Union") is
agreement.py's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from store.quotes.first_names import CALENDAR_PATTERN
from store.quotes.lexicon import word_set
from store.quotes.mentions import Mention, MentionKind
from store.quotes.people import PARAGRAPH_STRIDE

# Nouns for a body a description may bring in and its bare noun then quote.
_BODY_NOUNS = word_set(
    "group commission committee association coalition council board panel alliance federation"
)
# Nouns of a government's body, that a country's or city's possessive brings in ("Dover's
# transit agency"): the bare noun ("the agency") is that body when it is the only one.
_PUBLIC_NOUNS = word_set("ministry agency department")
_CAPITALS = r"[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*"
# "the trade group for the Harbor Mutual plans", "an industry group representing Dover
# Mills": what it is of ends at its capitals (and one lower-case word before a stop).
_OF_SOMEONE = (
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w-]*\s+){{0,3}}{noun}\s+(?:for|of|representing)\s+"
    r"(?:the\s+)?" + _CAPITALS + r"(?:\s+[a-z]+(?=[,.;]))?"
)
# "a Dover ballot commission": capitals before the noun, with an indefinite article.
_FROM_SOMEWHERE = r"\b[Aa]n?\s+" + _CAPITALS + r"\s+(?:[a-z][\w-]*\s+){{0,2}}{noun}\b"
# "Dover's foreign ministry": a possessive owner's body, in lower case after it; not a day's
# ("Monday's police department briefing") nor a shop ("the city's oldest department store").
_NOT_OWNERS = rf"(?!(?:{CALENDAR_PATTERN}|Today|Yesterday|Tomorrow)[’'])"
_NOUN_AFTER = r"(?!\s+(?:stores?|briefings?|heads?|chiefs?|officials?|spokes\w+)\b)"
_OWNED = (
    r"\b" + _NOT_OWNERS + _CAPITALS + r"[’']s\s+(?:[a-z][\w-]*\s+){{0,2}}{noun}\b" + _NOUN_AFTER
)


@lru_cache(maxsize=16)
def _shapes(noun: str) -> re.Pattern[str]:
    if noun in _PUBLIC_NOUNS:
        return re.compile(_OWNED.format(noun=noun))
    return re.compile(f"{_OF_SOMEONE.format(noun=noun)}|{_FROM_SOMEWHERE.format(noun=noun)}")


def described_body(mention: Mention, texts: Mapping[int, str], at: int) -> Mention:
    """The description a bare "the group" at reading position `at` stands for, as a body's
    mention, when exactly one such description of its noun came just before; else `mention`."""
    words = mention.text.casefold().split()
    if mention.kind != MentionKind.ORGANISATION or len(words) != 2 or words[0] != "the":
        return mention
    if words[1] not in _BODY_NOUNS | _PUBLIC_NOUNS:
        return mention
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    found: list[str] = []
    for earlier in (paragraph - 1, paragraph):
        text = texts.get(earlier, "")
        limit = offset if earlier == paragraph else len(text)
        found += [match[0] for match in _shapes(words[1]).finditer(text, 0, limit)]
    if len({description.casefold() for description in found}) != 1:
        return mention
    return Mention(found[-1], MentionKind.ORGANISATION, name=found[-1])
