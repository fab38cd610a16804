"""“...,” the statement said" right after "The Vane campaign on Tuesday responded that ...".

A reporter may name a body's reply ("The Vane campaign responded that it had moved offices")
and go on quoting it as "the statement" without ever writing that a statement was issued
(document_owners.py reads the sentences that say so). When the sentence right before the
quote's own, in its paragraph, is someone's reply or announcement ("responded", "replied",
"announced", "said in response") and no sentence brought a statement in, the statement is
that reply, its subject's words: the first one named in that sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sentences import sentence_ends, start_of_sentence

# Verbs of a reply or an announcement, which a statement carries.
_REPLY = re.compile(r"\b(?:responded|replied|announced|said\s+in\s+response)\b")
# Nouns of a document that carries such a reply.
_REPLY_DOCUMENTS = frozenset(("statement", "release"))


def reply_owner(
    noun: str, texts: Mapping[int, str], named: Iterable[tuple[int, Person]], at: int
) -> Person | None:
    """The one whose reply the sentence before the one holding `at` reports, for a bare
    "the statement" (`noun`) no sentence brought in; else None. `named`: the cast's
    mentions, in any order."""
    if noun not in _REPLY_DOCUMENTS:
        return None
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    ends = sentence_ends(text)
    own = start_of_sentence(ends, offset)
    if own == 0:
        return None  # no sentence before the quote's own in its paragraph
    previous = start_of_sentence(ends, own - 1)
    verb = _REPLY.search(text, previous, own)
    if verb is None:
        return None
    base = paragraph * PARAGRAPH_STRIDE
    inside = [pair for pair in named if base + previous <= pair[0] < base + verb.start()]
    return min(inside, key=_position)[1] if inside else None


def _position(pair: tuple[int, Person]) -> int:
    return pair[0]
