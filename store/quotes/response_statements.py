"""“...,” the statement said" right after "The Vane campaign replied late on Tuesday that ...".

A reporter may name a body's reply ("The Vane campaign replied that its depot was now bigger")
and go on quoting it as "the statement" without ever writing that a statement was issued
(document_owners.py reads the sentences that say so). When the sentence right before the
quote's own, in its paragraph, is someone's reply or announcement ("responded", "replied",
"announced", "said in response") and no sentence brought a statement in, the statement is
that reply, its subject's words: the one named right before the verb, with no comma or
possessive between ("In a letter to Tom Vane, Dover Rovers announced": the club; "After Tom
Vane's red card, the club announced": no one the cast holds), or the name opening the
sentence past one aside ("Tom Vane, the club's owner, replied"). An article that brought a
statement in anywhere before ("Harbor Mills issued a statement", further back than
document_owners.py reaches) may be quoting that one: no owner then.
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
    if _brought_in_before(noun, texts, paragraph, offset):
        return None
    base = paragraph * PARAGRAPH_STRIDE
    inside = [pair for pair in named if base + previous <= pair[0] < base + verb.start()]
    subject = max(inside, key=_position, default=None)
    if subject is None:
        return None
    if _BETWEEN.search(text, subject[0] - base, verb.start()):
        return _past_aside(min(inside, key=_position), text, base, previous, verb.start())
    return subject[1]


def _past_aside(
    first: tuple[int, Person], text: str, base: int, previous: int, verb: int
) -> Person | None:
    """The name opening the sentence when one aside alone stands between it and the verb
    ("Tom Vane, the club's owner, replied"), else None."""
    seen = first[0] - base
    if text[previous:seen].strip() not in ("", "The"):
        return None  # "After Vane's red card, the club announced": an opening phrase
    return first[1] if _ASIDE.fullmatch(text, seen, verb) else None


# What parts a name from the verb it would be the subject of: a comma (the name sat in an
# opening phrase or an aside) or a possessive ("Kerr's remarks").
_BETWEEN = re.compile(r",|[\w-][’']s\b")
# A name, one aside in commas, and at most one word before the verb.
_ASIDE = re.compile(r"[^,’']*,[^,]*,\s*(?:\w+\s+)?")


def _brought_in_before(noun: str, texts: Mapping[int, str], paragraph: int, offset: int) -> bool:
    """True when narration before the quote at (`paragraph`, `offset`) writes the noun."""
    word = re.compile(rf"\b{noun}\b", re.IGNORECASE)
    earlier = (texts.get(p, "") for p in range(paragraph))
    return any(word.search(text) for text in earlier) or bool(
        word.search(texts.get(paragraph, ""), 0, offset)
    )


def _position(pair: tuple[int, Person]) -> int:
    return pair[0]
