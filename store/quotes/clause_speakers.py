"""A speaker whose name opens its own clause after a comma is no aside of another's sentence.

"Renn won the crowd over, Dorn said." credits the whole sentence to Dorn; "Of Renn, Dorn, a
pastor, said ..." and "In Ohio, Dorn said ..." make Dorn the subject after a fronted phrase.
Either way the next quote's pronoun ("“He was sharp,” he said") means Dorn, not the Renn
named first: Dorn is the one speaking, never a speaker embedded in Renn's sentence.
"""

from __future__ import annotations

import re

from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.sentences import sentence_ends
from store.quotes.speech import speech_verbs

_NAME = CAPITALISED_RUN
# ", Dorn said" (the verb after the name; "and" or "but" would join a clause of its own) and
# ", said Dorn" (inverted, the verb before it).
_COMMA_BEFORE = re.compile(r"(?<![,;])\s*,\s+$")
_VERB_BEFORE = re.compile(r",\s+(?P<verb>[a-z]+)\s+$")
# The name with its verb, or with an appositive set off by a comma ("Dorn, a pastor, said").
_NAME_FIRST = re.compile(rf"{_NAME}(?:,\s|\s+(?P<verb>[a-z]+)\b)")
# After an inverted verb the credit ends its sentence: a time or place ("on Monday") at most,
# or an appositive ("said Dorn, an aide to the mayor").
_TAIL = r"(?:\s+(?:on|in|at|during|last|this|yesterday|today|earlier|later)\b[^,;:]{0,40})?"
_NAME_ONLY = re.compile(rf"{_NAME}{_TAIL}\s*(?:[.!?]|,\s|$)")
_BACK = 16  # characters before the name where the comma (and an inverted verb) stand


def opens_own_clause(text: str, offset: int) -> bool:
    """True when the speaker named at `offset` opens a clause of their own after a comma:
    "..., Dorn said.", "..., said Dorn.", "Of Renn, Dorn, a pastor, said ..."."""
    before = text[max(0, offset - _BACK) : offset]
    if "," not in before:
        return False  # both shapes below stand after a comma
    inverted = _VERB_BEFORE.search(before)
    if inverted is not None:
        end = next((e for e in sentence_ends(text) if e > offset), len(text))
        rest = text[offset:end].rstrip()
        credit = _NAME_ONLY.match(rest)
        ends = credit is not None and (credit.end() >= len(rest) or credit.group()[-1] == " ")
        return ends and _is_speech_verb(inverted["verb"])
    if _COMMA_BEFORE.search(before) is None:
        return False
    match = _NAME_FIRST.match(text, offset)
    return match is not None and (match["verb"] is None or _is_speech_verb(match["verb"]))


def _is_speech_verb(word: str) -> bool:
    return any(verb == word for _, _, verb in speech_verbs(word))
