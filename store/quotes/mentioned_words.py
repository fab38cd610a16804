"""A word talked about as the subject of its clause: "Moss said the word “disaster” was unfair".

word_terms.py leaves "the term “…”" to the speakers after a speech verb ("she said the phrase
“…”": she says it). When the noun and its marks are the subject of the clause that follows,
though, a verb of being or having right after the marks, the words are only mentioned: the
speaker says something about the word ("was unfair", "has no place here"), not the word
itself. "word" counts here too ("the word “sorry” was missing"), unlike in word_terms.py,
because the verb after the marks shows it is talked about, not introducing a saying; unless
what follows says the words were told or said ("is what she told her children").
"""

from __future__ import annotations

import re

from store.quotes.marks import QuotedSpan
from store.quotes.term_words import TERM_VERBS
from store.quotes.word_terms import WORD_NOUNS

MAX_WORDS = 4
# "the word “", "the very term “", "that phrase, “": a determiner, a modifier, a noun for words.
_NOUN_BEFORE = re.compile(r"\b(?:the|that|this)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+),?\s*$")
_MENTION_NOUNS = WORD_NOUNS | frozenset(("word", "slogan", "name"))
# The verb right after the marks (a comma closing a gloss may stand between).
_VERB_AFTER = re.compile(r",?\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")
# "… is what she told her children": the words are said after all, a quote.
_SAID_AFTER = re.compile(
    r"\s+(?:exactly\s+|just\s+)?what\s+(?:[\w’'-]+\s+){1,3}?"
    r"(?:told|tells|said|says|wrote|writes|repeated|repeats|shouted|whispered)\b"
)
_WORD = re.compile(r"[\w’'-]+")
REACH = 40


def mentioned_word(paragraph: str, span: QuotedSpan) -> bool:
    """True for a few quoted words after "the word" (or term, phrase, slogan) that are the
    subject of the verb of being right after their marks."""
    if not span.closed or len(_WORD.findall(paragraph[span.start : span.end])) > MAX_WORDS:
        return False
    if paragraph[span.end : span.close_at].strip():
        return False  # "the word “no,” she said": punctuation inside ends a clause
    before = _NOUN_BEFORE.search(paragraph, max(0, span.open_at - REACH), span.open_at)
    if before is None or before["noun"] not in _MENTION_NOUNS:
        return False
    after = _VERB_AFTER.match(paragraph, span.close_at + 1)
    if after is None or after["verb"] not in TERM_VERBS:
        return False
    return _SAID_AFTER.match(paragraph, after.end()) is None
