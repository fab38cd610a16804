"""Quoted words a noun for words introduces: "the term “pivot”", nobody's statement.

"the term “pivot”", "the charged phrase, “open borders,”", "the label “moderate”": the
writer talks about the words, whoever coined them. Speech stays speech: "Kerr used the
phrase “…”", "Kerr invoked the phrase “…”" have their speaker and a verb before the noun,
and are left to the speakers. "the words"
is not read: it introduces what someone said or wrote as often as it talks about them
("a post bearing the words “…”").
"""

from __future__ import annotations

import re

from store.quotes.lexicon import FUNCTION_WORDS, word_set
from store.quotes.marks import QuotedSpan
from store.quotes.speech_verbs import SPEECH_VERB_FORMS

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
_SUBJECT_PRONOUNS = word_set("he she they we i")
# Verbs of keeping one's distance from words: "Kerr rejected the label “…”", "she avoids the
# term “…”" talk about the words without saying them.
_DISOWNING_VERBS = word_set(
    """
    reject rejects rejected avoid avoids avoided refuse refuses refused shun shuns shunned
    disown disowns disowned disavow disavows disavowed mock mocks mocked ban bans banned
    drop drops dropped dislike dislikes disliked hate hates hated
    """
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
    prior = _WORD.findall(before[: match.start()])[-2:]
    lowered = [word.casefold() for word in prior]
    if any(word in USING_VERBS or word in SPEECH_VERB_FORMS for word in lowered):
        return False
    return not _subject_and_verb(prior)


def _subject_and_verb(words: list[str]) -> bool:
    """True for a name or pronoun and a verb before the noun: "Kerr invoked the phrase",
    "she echoed the term": whoever does something with the words says them (any verb, as a
    list of verbs is never complete), and the speakers decide."""
    if len(words) < 2 or not words[1].isalpha() or not words[1].islower():
        return False
    if words[1] in FUNCTION_WORDS or words[1] in _DISOWNING_VERBS:
        return False  # "In Dover, where the term ...": no verb; "Kerr rejected the label"
    return words[0][:1].isupper() or words[0].casefold() in _SUBJECT_PRONOUNS
