"""“...,” the company said": a name read as a person's that narration calls "it".

A body's name of ordinary capitalised words ("Harbor Insider", "Free Streets Now") reads as
a person's: the cast files it as one. Narration still shows what it is: the sentence naming
it goes on to say "its" or "itself", or "it" doing something ("Harbor Insider said it had no
contract"), or a "which" follows its comma, and nothing about a person attaches to it (no
first name the cast knows, no title or role, no "he" or "she" after it). When such a name is
the one a bare "the company" or "the group" could mean (sole_bodies.py), it is the body. An
"it" that only is something proves nothing ("Quarn Velt said it was a fair price": the
price), and a name with none of these after it may be a person whose first name the cast
does not know: it stays a person.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from store.models import SpeakerKind
from store.quotes.lexicon import word_set
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sentences import end_of_sentence, sentence_ends

# Nouns that a body of any kind may be called and no person: not "the agency" or "the
# newspaper", whose bodies' names carry the kind (sole_bodies.py reads those).
_ANY_BODY_NOUNS = word_set("company firm group organization organisation")
# Words a name of a person holds at most ("Ada Kerr", "Tom van der Berg").
_MOST_WORDS = 4
_ITS = re.compile(
    r"\b(?:its|itself)\b|\bit\b(?![’']s\b|\s+(?:is|was|were|seems|seemed|looks|looked|would|will"
    r"|could|might|may|has\s+been|had\s+been)\b)"
)
_WHICH = re.compile(r",\s+which\b")


def unsexed_name(person: Person, noun: str, texts: Mapping[int, str], seen: int) -> bool:
    """True when `person`, filed as a person and named at reading position `seen`, may be the
    body a bare `noun` ("company") means: two to four capitalised words, no known first
    name, sex, title or role, and an "it" later in the sentence naming it (`texts`: the
    masked narration)."""
    if noun not in _ANY_BODY_NOUNS or person.kind != SpeakerKind.PERSON:
        return False
    words = person.name.split()
    if not 1 < len(words) <= _MOST_WORDS or person.described:
        return False
    if not all(word[:1].isupper() for word in words) or person.sex or person.roles:
        return False
    return _called_it(texts, seen, len(person.name))


def _called_it(texts: Mapping[int, str], seen: int, length: int) -> bool:
    """True when the sentence holding position `seen` says "its", "itself" or an "it" that
    does something after the name there, or sets "which" right after it."""
    paragraph, offset = divmod(seen, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    end = end_of_sentence(sentence_ends(text), offset, len(text))
    after = offset + length
    return _ITS.search(text, after, end) is not None or _WHICH.match(text, after) is not None
