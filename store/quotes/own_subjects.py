"""“...,” the senator says, after "Tom Vane defends his record in an ad:": Vane, not a
senator named paragraphs before.

A writer opens a sentence with the person, hands the quote over with a colon, and credits it
after its marks by a role the article never wrote beside that person's name ("Vane defends
his record in an ad: “...,” the senator says"), while some other holder of the role was
named earlier ("Sen. Ada Kerr" three paragraphs up). The role rules chose that earlier
holder. The sentence's own subject is the speaker instead when the subject has no role that
could contradict the description and the earlier holder is named neither in the quote's
paragraph nor in the one before ("Vane spoke after Sen. Kerr: “...,” the senator said"
stays Kerr). Only this shape: a credit before the quote or in a clause about someone else
("a lecture from the senator, who said") keeps the role's holder.
"""

from __future__ import annotations

import re

from store.models import SpeakerKind
from store.quotes.marks import MASK
from store.quotes.people import PARAGRAPH_STRIDE, Person

# A quote opened after a colon, its credit right after its closing mark: ": “...,” |".
_COLON_QUOTE = re.compile(r":\s*[“\"‘]" + MASK + r"+[^\w\s]{0,2}[”\"’]\s*$")


def own_subject(
    subject: Person | None,
    chosen: Person,
    named: list[tuple[int, Person]],
    at: int,
    text: str,
) -> Person | None:
    """The sentence's `subject` when it, rather than the role's `chosen` holder, is the one a
    description at reading position `at` credits; else None. `named` is the cast's mentions,
    `text` the masked paragraph."""
    if subject is None or subject is chosen or subject.kind != SpeakerKind.PERSON:
        return None
    if not _COLON_QUOTE.search(text[: at % PARAGRAPH_STRIDE]):
        return None
    if subject.roles or " " not in subject.name or subject.described:
        return None
    since = at - at % PARAGRAPH_STRIDE - PARAGRAPH_STRIDE  # the paragraph before, and this
    here = any(p is chosen and since <= w < since + 2 * PARAGRAPH_STRIDE for w, p in named)
    return None if here else subject
