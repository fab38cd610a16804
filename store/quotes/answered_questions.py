"""A question in marks, then a sentence of someone's answer: “…?” He said he forgot.

Read by asked.py.

A cue right after a quote's closing mark is its credit ("“Why?” he asked", "“Why?” Kerr
asked"), even after a question mark. A capitalised pronoun there starts a sentence of its
own, though, and one whose verb goes on to a reported clause ("He said he could not
remember") tells the answer of whoever the question was put to: the question is not theirs.
A name cannot show a new sentence by its capital, so only a pronoun is read so.
"""

from __future__ import annotations

import re

from store.quotes.attributions import Event
from store.quotes.marks import QuotedSpan

_PRONOUNS = frozenset(("He", "She", "They"))
# Verbs that put a question: after one the question is still the subject's ("She asked the
# crews to wait").
_ASKING = frozenset("ask asks asked wonder wonders wondered demand demands demanded".split())
# The verb goes on: a word follows it (its clause), not the sentence's end or a comma.
_GOES_ON = re.compile(r"\s+[a-z]")


def answers_question(span: QuotedSpan, event: Event, text: str) -> bool:
    """True when `event`, right after the question in `span`, opens a new sentence with a
    capitalised pronoun and a reported clause: the answer to the question, not its credit."""
    if event.inverted or text[span.close_at - 1 : span.close_at] != "?":
        return False
    if event.mention.text not in _PRONOUNS or event.verb.casefold() in _ASKING:
        return False
    return _GOES_ON.match(text, event.end) is not None
