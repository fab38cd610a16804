"""A body's kind, then its name in apposition: "The company, Talbridge Line, said" is the line.

The subject reader took the description opening the sentence ("The company") for the
speaker and skipped the name set beside it between commas, so the quote (and every later
"the company said") went to a description at 0.85 though the article names the body. The
name in apposition, when it closes right before the verb, is who speaks, if it is a body's:
a person with a role word ("The club, Manager Ivo Sarn, said") is someone speaking for it,
and a place the article writes as one ("offices in Carran") is where it is, not who it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.quotes.lexicon import ARTICLES, ORGANISATION_WORDS
from store.quotes.mentions import Mention, MentionKind, read_mention
from store.quotes.whole_words import writes_word

# ", Talbridge Line, " or ", the Ferry Board, ": capitalised words (a body's "of", "for",
# "and" or "&" inside), an article before them at most.
_APPOSED = re.compile(
    r",\s+(?P<name>(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|for|and|&))*)\s*,\s+"
)
# The verb right after the closing comma, an adverb or auxiliary or two before it.
_TO_VERB = re.compile(r"(?:[a-z]+\s+){0,2}[a-z]+")
# The words a body's kind noun opens with: an article or the body's own "its"/"their".
_OPENERS = ARTICLES | frozenset(("its", "their"))


def apposed_body(mention: Mention, text: str, verb_end: int, texts: Iterable[str] = ()) -> Mention:
    """The body named in apposition right after a body's description subject, else the
    mention: "The company, Talbridge Line, said" is Talbridge Line. `texts` are the
    article's paragraphs, read for the name written as a place."""
    words = mention.text.split()
    if mention.kind != MentionKind.ORGANISATION or len(words) != 2:
        return mention
    if words[0].casefold() not in _OPENERS or words[1] not in ORGANISATION_WORDS:
        return mention  # "The company", "the union"; not "the Ferry Board" itself
    match = _APPOSED.match(text, mention.end)
    if match is None or not _TO_VERB.fullmatch(text, match.end(), verb_end):
        return mention  # the verb must follow the closing comma, a word or two between
    name = match["name"]
    named = read_mention(name, match.start("name"))
    if named is None or named.kind not in (MentionKind.NAME, MentionKind.ORGANISATION):
        return mention
    if named.role or _written_as_place(named.text, texts):
        return mention  # "Manager Ivo Sarn" speaks for the club; "Carran" is where it is
    if named.start != match.start("name") and not name.startswith("the "):
        return mention  # the reader kept only part of the run: no sure name
    return Mention(
        named.text,
        MentionKind.ORGANISATION,
        name=named.name or named.text,
        start=named.start,
        end=named.end,
    )


# Words before a place's name; not "at", which a body's name follows as often ("staff at X").
_PLACE_WORDS = ("in", "near")


def _written_as_place(name: str, texts: Iterable[str]) -> bool:
    """True when a paragraph writes `name` after "in" or "near" ("offices in Carran")."""
    wanted = [f"{word} {name}" for word in _PLACE_WORDS]
    return any(writes_word(text, place) for text in texts for place in wanted if name in text)
