"""Quoted words a noun for words introduces: "the term “pivot”", nobody's statement.

"the term “pivot”", "the charged phrase, “open borders,”", "the label “moderate”": the
writer talks about the words, whoever coined them. Speech stays speech: "Kerr used the
phrase “…”" has the speaker's verb before the noun, and is left to the speakers. "the words"
is not read: it introduces what someone said or wrote as often as it talks about them
("a post bearing the words “…”").
"""

from __future__ import annotations

import re

from store.quotes.lexicon import SPEECH_VERB_FORMS, word_set
from store.quotes.marks import QuotedSpan

MAX_TERM_WORDS = 4
REACH = 60
# Nouns for a set phrase: "the term", "the phrase", "the label".
WORD_NOUNS = word_set("term phrase label moniker expression catchphrase buzzword")
# Verbs a speaker does the words with: "Kerr used the term “…”" quotes Kerr. Not term_shapes'
# USING_WORDS: these stand before the noun ("coined the term"), those after ("the word she chose").
USING_VERBS = word_set("use uses used using coin coins coined coining adopt adopted prefer prefers")
# A determiner, at most two modifiers, a noun for words, maybe a comma: "the charged term, “".
_WORD_NOUN_BEFORE = re.compile(
    r"(?:^|\s)(?:the|a|an|that|this)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+),?\s*$"
)
_WORD = re.compile(r"[\w’'-]+")


def word_term(paragraph: str, span: QuotedSpan) -> bool:
    """True for a few quoted words right after a determiner and a noun for words."""
    if not span.closed or span.open_at < 0:
        return False
    if len(_WORD.findall(paragraph[span.start : span.end])) > MAX_TERM_WORDS:
        return False
    before = paragraph[max(0, span.open_at - REACH) : span.open_at]
    match = _WORD_NOUN_BEFORE.search(before)
    if match is None or match["noun"] not in WORD_NOUNS:
        return False
    # "Kerr used the term “…”", "she said the phrase “…”": the words are hers.
    prior = _WORD.findall(before[: match.start()].casefold())[-2:]
    return not any(word in USING_VERBS or word in SPEECH_VERB_FORMS for word in prior)
