"""A word or two in marks heading a noun phrase an unnamed group's claim opens with.

"Critics say the “research” behind such trends is thin": the cue governs the clause "the
research behind such trends is thin", and the marks hold only the noun it opens with, set
off by the article before and a preposition or verb of being after. A faceless plural
("critics", "some experts") is no source one word can be quoted from: the marks are the
writer's, doubting the word. After a named speaker the same shape is that speaker's phrase
("Renn warned that the “… cartel” is nervous"), and short answers or fragments making a
clause of their own ("Kerr said “no”", "said the plan was “dead”") are kept. A cue closing
the sentence ("Some experts warn that the “…” is near, Tom Lind said") changes nothing: the
marks sit in the group's clause Lind reports, his citation of their term; he gets the
indirect statement only.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set
from store.quotes.marks import QuotedSpan
from store.quotes.sentences import sentence_ends, start_of_sentence
from store.quotes.speech_verbs import SPEECH_VERB_FORMS
from store.quotes.term_words import FIRST_PERSON_WORDS
from store.quotes.terms import TERM_WORD

MAX_SCARE_WORDS = 2
# Plurals of commentators nobody names: never the source of one quoted word.
FACELESS_GROUPS = word_set(
    """
    critics detractors skeptics sceptics opponents experts analysts observers commentators
    scientists researchers economists activists campaigners advocates
    """
)
# What follows the noun phrase's head: a preposition or a verb of being.
AFTER_HEAD = word_set(
    """
    behind of in on for about from with against over into around among under is are was were
    """
)
# The sentence up to the marks: a bare plural, its speech verb, maybe "that", the determiner
# ("Critics say the", "Some experts argue that the"); no name, no other words.
_GROUP_CLAIM = re.compile(
    r"\s*(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther)\s+)?(?P<group>[A-Za-z][a-z]+s)\s+(?P<verb>[a-z]+)"
    r"\s+(?:that\s+)?(?:the|this|these|those|such)\s+$"
)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def scare_quote(paragraph: str, span: QuotedSpan) -> bool:
    """True for one or two quoted words between a definite determiner and a preposition or
    verb of being, opening the claim of a bare plural: "Critics say the “…” behind"."""
    if not span.closed or span.open_at < 0 or paragraph[span.end : span.close_at].strip():
        return False  # punctuation inside the marks ends a clause: “… so,” she …
    words = TERM_WORD.findall(paragraph[span.start : span.end].casefold())
    if not words or len(words) > MAX_SCARE_WORDS or any(w in FIRST_PERSON_WORDS for w in words):
        return False
    after = _WORD_AFTER.match(paragraph, span.close_at + 1)
    if after is None or after[1] not in AFTER_HEAD:
        return False
    ends = sentence_ends(paragraph)
    opening = start_of_sentence(ends, span.open_at)
    claim = _GROUP_CLAIM.match(paragraph[opening : span.open_at])
    if claim is None or claim["group"].casefold() not in FACELESS_GROUPS:
        return False
    return claim["verb"] in SPEECH_VERB_FORMS
