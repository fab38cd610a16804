"""A short quote alone in its paragraph, right after a question put to someone, answers it.

"“Or do we give up?” Kerr asked the crowd. ¶ “No!”": the cry is the hearers' reply, not the
asker going on, so the asker is not carried on to it. A question put to no one ("“Why does it
matter?” Kerr asked. ¶ “Because jobs.”") is as often answered by its asker, who goes on, so
the asker is carried on to the reply as usual (at a carried quote's confidence).
"""

from __future__ import annotations

import re

from store.quotes.first_names import CALENDAR_NAMES
from store.quotes.lexicon import word_set

# A reply of a word or three ("No!", "Yes, sir.") is a hearer's or a crowd's; a longer one
# after a question is rather its asker answering it, however it was put.
MAX_ANSWER_WORDS = 3
# A question closing a quote: "?”", "?"", maybe a credit after it ("?” Kerr asked.").
_QUESTION_CLOSED = re.compile(r"\?\s*[”\"]")
# A paragraph of nothing but one short quote: “No!”, "Yes, sir."
_LONE_QUOTE = re.compile(r"\s*[“\"](?P<words>[^“”\"]+)[”\"]\s*$")
# The word after the credit's verb: whom the question was put to ("asked the crowd").
_PUT_TO = re.compile(r"\b(?:asked|asks|asking)\s+(?P<hearer>[\w’'-]+)")
# Words that open the hearers a question is put to: "asked the crowd", "asked them".
# A letter written three times running: a word drawn out as it is cried ("Nooo").
_DRAWN_OUT = re.compile(r"([a-z])\1\1", re.IGNORECASE)
_HEARER_OPENERS = word_set("the a an his her their them us you everyone everybody him")


def answers_question(before: str, text: str) -> bool:
    """True when `text` is a lone short quote and the paragraph `before` ends on a question
    in marks put to someone: the quote answers it and carries on no one."""
    lone = _LONE_QUOTE.match(text)
    if lone is None or len(lone["words"].split()) > MAX_ANSWER_WORDS:
        return False
    questions = list(_QUESTION_CLOSED.finditer(before))
    # The question must be the paragraph's last quote: no mark opens after it.
    if not questions or any(mark in before[questions[-1].end() :] for mark in '“"'):
        return False
    return _drawn_out_cry(lone["words"]) or _put_to_someone(before[questions[-1].end() :])


def _drawn_out_cry(words: str) -> bool:
    """ "Nooooo!", "Yesss!": one word drawn out and cried is a crowd's answer, whether or not
    the question was put to anyone; its asker answering would not draw it out."""
    cried = words.rstrip().endswith("!")
    return cried and len(words.split()) == 1 and _DRAWN_OUT.search(words) is not None


def _put_to_someone(credit: str) -> bool:
    """True for a credit naming whom the question was put to: "Kerr asked the crowd",
    "she asked them", "Kerr asked voters"; not "Kerr asked." nor "Kerr asked again" nor
    "Kerr asked Monday" (a day, no hearer)."""
    put = _PUT_TO.search(credit)
    if put is None:
        return False
    hearer = put["hearer"]
    if hearer.casefold() in CALENDAR_NAMES:
        return False
    if hearer.casefold() in _HEARER_OPENERS or hearer[:1].isupper():
        return True
    return hearer.endswith("s") and not hearer.endswith("ly")  # "asked reporters"
