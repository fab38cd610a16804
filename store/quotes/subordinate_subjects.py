"""“Tom Vane took on Ada Kerr after the frontrunner had said ...": someone other than Vane.

A description that opens a clause of its own inside a sentence ("after the frontrunner had
said", "as the senator spoke", "because the businessman refused") is the subject of that
clause. Had the writer meant a person the same sentence already named, "he" or "she" would
stand there: the description is someone else than the names before it in its sentence, not
the person last named (whom the description rules otherwise fall back on).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from store.quotes.people import PARAGRAPH_STRIDE
from store.quotes.sentences import sentence_ends, start_of_sentence

# The words that open a clause of its own right before its subject.
_SUBORDINATORS = re.compile(
    r"\b(?:after|as|while|when|whereas|because|before|since|until|although|though|once|if)\s*$",
    re.IGNORECASE,
)


def opens_own_clause(texts: Mapping[int, str], seen: int, at: int) -> bool:
    """True when the description at reading position `at` follows a word opening a clause of
    its own, and the mention at `seen` comes before it in the same sentence."""
    paragraph, offset = divmod(at, PARAGRAPH_STRIDE)
    text = texts.get(paragraph, "")
    if _SUBORDINATORS.search(text, 0, offset) is None:
        return False
    if not seen < at or seen // PARAGRAPH_STRIDE != paragraph:
        return False
    return start_of_sentence(sentence_ends(text), offset) <= seen % PARAGRAPH_STRIDE
