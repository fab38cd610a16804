"""A name inside the phrase that qualifies a speech verb's subject is not who speaks.

"Kerr’s email to her donors notes that ..." and "a letter from the guild obtained by the
Courier warns that ..." read "her donors" and "the Courier" right before the verb, yet they
are whom the email went to and who obtained the letter: the subject is the email, the letter.
Whoever wrote it is not named there, so the event keeps its cue and names nobody, which is
better than the reader or the paper that found the document.
"""

from __future__ import annotations

import re

from store.quotes.mentions import Mention
from store.quotes.term_words import NAMING_PARTICIPLES

# "email to her donors", "a memo sent to staff": the recipient.
_OBJECT_BEFORE = re.compile(r"\b(?P<head>[a-z][\w’'-]*)\s+(?P<prep>to|by)\s+$")
# "A study by Lund found" names its author: "by" counts only after finding or seeing it.
_FINDING = frozenset(("obtained", "seen", "reviewed", "viewed", "acquired"))
# "according to Kerr", "thanks to Kerr": phrases naming a source or a cause, read elsewhere.
_NOT_A_HEAD = frozenset(("according", "thanks", "due", "next", "close", "prior", "up", "back"))
_REACH = 40  # characters before the mention searched for the preposition and its head


def names_an_object(mention: Mention, verb: str, text: str) -> bool:
    """True when the mention is the object of "to" (or "obtained by") after a lower-case word
    of the subject's phrase: whom the subject went to or who found it, never the speaker.

    A naming participle is left alone: "payments to a company called Acme" names the company,
    and it stays the antecedent of a later "it" ("what it calls")."""
    if verb in NAMING_PARTICIPLES:
        return False
    before = text[max(0, mention.start - _REACH) : mention.start]
    match = _OBJECT_BEFORE.search(before)
    if match is None or match["head"] in _NOT_A_HEAD:
        return False
    return match["prep"] == "to" or match["head"] in _FINDING
