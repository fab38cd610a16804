"""Quoted words that are not the quoting speaker's own: a crowd's, or someone a quote reports.

An echo (body_echoes.py, headline_echoes.py) gives repeated words to whoever said them first.
Two kinds of first saying are no one's to give: words a crowd sings, chants or carries ("the
away end sang “never give up”", "banners reading “...”"), and words a speaker only relays
("“Management told us the plant would never close,” said the union's rep": the promise is
management's, and "the plant that “would never close”" is not the rep's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.models import Quote
from store.quotes.lexicon import word_set

# Words before a quote in its sentence that make it a crowd's or a thing's words.
_CROWD = re.compile(
    r"\b(?:sang|sing|sings|singing|sung|chant|chants|chanted|chanting|banners?|placards?|"
    r"slogans?|graffiti|chorus|t-shirts?)\b",
    re.IGNORECASE,
)
# Speech verbs inside a quote that report someone else's words ("they told us", "he said").
_REPORTING = word_set(
    "told tell tells telling said say says promised promise promises assured insisted "
    "claimed claims warned wrote asked"
)
# A reporting verb whose subject is the speaker himself still gives his words: "I told them".
_SELF = word_set("i we")
_CLAUSE = 6  # words before the echoed stretch that may hold its reporting verb
_SENTENCE_END = re.compile(r"[.!?]\s")


def crowd_words(paragraphs: Sequence[str], quote: Quote) -> bool:
    """True when the quote's own sentence brings it in as a crowd's or a sign's words."""
    if quote.paragraph is None or not 0 <= quote.paragraph < len(paragraphs):
        return False
    before = paragraphs[quote.paragraph][: quote.start]
    ends = [end.end() for end in _SENTENCE_END.finditer(before)]
    return _CROWD.search(before, ends[-1] if ends else 0) is not None


def relayed(words: list[str]) -> bool:
    """True when the quote words just before an echoed stretch (quote_words, folded) report
    someone else's saying: a reporting verb after any subject but "I" or "we", within the
    few words a clause's subject, verb and object take ("Management told us the plant")."""
    start = max(0, len(words) - _CLAUSE)
    return any(
        words[at] in _REPORTING and (at == 0 or words[at - 1] not in _SELF)
        for at in range(start, len(words))
    )
