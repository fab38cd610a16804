"""A cue base that is mostly a noun, spoken by a plural subject: "Critics charge that ...",
"the unions state in the letter", "they claim that ...".

"state", "note", "claim" and "charge" are nouns far more often than verbs, so their bare form
counts as a cue only in a place a noun cannot stand: right after a plural subject ("they",
"we", or a plural noun) and right before "that" or "in" a document ("in the letter"). "his
claim that", "the populous state in the west" and "a Fox News report that" stay nouns.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set

_PLURAL_PRONOUNS = word_set("they we")
# Words ending in -s that are no plural subject: possessives, verbs, singular nouns.
_NOT_PLURALS = word_set(
    "his its this was has is does us yes always perhaps news series species whereas thus"
)
_SINGULAR_ENDINGS = ("ss", "ous", "’s", "'s", "sis", "us")
# What follows the verb: "that", or "in" and a document's determiner.
_AFTER = re.compile(r"\s+(?:that\b|in\s+(?:the|a|an|its|their)\b)")
_NAMING = word_set("call label")
# A naming verb's object (a few words), then the marks (masked or not): "call it “…”"; not
# a determiner right before them ("call this the “expectations game”" names a term).
_NAMED_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?!(?:the|a|an)\s)[\w’'-]+\s*[\x01“\"]")


def plural_subject_verb(text: str, start: int, end: int) -> bool:
    """True for a noun-like cue base between a plural subject and "that" / "in the" (or, for
    a naming base, an object and the quote's marks)."""
    naming = text[start:end].casefold() in _NAMING and _NAMED_AFTER.match(text, end)
    if _AFTER.match(text, end) is None and not naming:
        return False
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    word = before[-1].casefold()
    if word in _PLURAL_PRONOUNS:
        return True
    plural = word.endswith("s") and len(word) > 3 and word.isalpha()
    return plural and word not in _NOT_PLURALS and not word.endswith(_SINGULAR_ENDINGS)
