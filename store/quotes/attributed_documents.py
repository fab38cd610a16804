"""“...,” read the notice, which was attributed to X": the document's author, named after it.

A document quoted by its noun ("the statement", "the memo") speaks for whoever the article
says wrote it. Most often the sentence that brought it in says so (document_owners.py); a
relative clause right after the noun may say so instead ("…, which was attributed to Lind",
"…, which was signed by Ada Kerr"). The credited one is the person the cast already knows by
the clause's first name (a full name or a surname only one person bears); else none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from store.quotes.mentions import Mention
from store.quotes.people import PARAGRAPH_STRIDE, Person
from store.quotes.sentences import end_of_sentence, sentence_ends

# ", which was attributed to", ", signed by", "that was credited to": the clause's opening,
# right after the document's noun.
_CREDITED = re.compile(
    r",?\s*(?:(?:which|that)\s+(?:was|is|had\s+been|has\s+been)\s+)?"
    r"(?:attributed|credited|signed)\s+(?:to|by)\s+",
    re.IGNORECASE,
)
# The name the clause credits: capitalised words ("Lind", "Tom Lind", "Ada O’Dunn").
_NAME = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def attributed_owner(
    mention: Mention, texts: Mapping[int, str], named: Sequence[tuple[int, Person]], at: int
) -> Person | None:
    """The person the clause right after the document mention at `at` credits it to: the one
    person named before whose full name or surname the clause's first name is."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    clause = _CREDITED.match(text, offset + len(mention.text))
    if clause is None:
        return None
    stop = end_of_sentence(sentence_ends(text), clause.end(), len(text))
    name = _NAME.match(text, clause.end(), stop)
    if name is None:
        return None
    last = name[0].split()[-1]
    bearers = {
        id(person): person
        for seen, person in named
        if seen < at and (person.name == name[0] or person.name.split()[-1] == last)
    }
    return next(iter(bearers.values())) if len(bearers) == 1 else None
