"""Word-shape tests for verb forms, written once: "-ed, or -s but not -ss" and the regular past.

Clause readers (reported_shapes, short_statements, relative_subjects, bare_subjects,
plural_subjects) each wrote these tests of their own; this module imports nothing but the
lexicon of statement words, so any of them may read it without an import cycle.
"""

from __future__ import annotations

from store.quotes.statement_words import REPORTED_IRREGULAR_PASTS


def inflected(word: str) -> bool:
    """ "failed", "needs": a past or present verb form, or as often a plural noun."""
    core = word.casefold().strip(',.;:“”"')
    if not core.isalpha():
        return False
    return core.endswith("ed") or (core.endswith("s") and not core.endswith("ss"))


def past(word: str) -> bool:
    """ "climbed", "rose": a lower-case past form, regular or irregular."""
    return word in REPORTED_IRREGULAR_PASTS or regular_past(word)


def regular_past(word: str) -> bool:
    """ "climbed", "slipped": a lower-case "-ed" word, not "need", "speed" nor a capitalised
    "Ted" (inflected() is the looser test, a present's or a plural's "-s" as well)."""
    return word.isalpha() and word.islower() and word.endswith("ed") and not word.endswith("eed")
