"""A document between "according to" and its author: "according to a court filing by X".

Read by attributions' "according to" events. The words come from a document someone filed,
issued or wrote; its author is the source, and the document itself names no one, so that
the quote went to whoever spoke before. "obtained by" names who got the document, not who
wrote it, and stays unread.
"""

from __future__ import annotations

import re

_DOCUMENT_BY = re.compile(
    r"\s*(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:document|statement|filing|memo|memorandum|letter|report|release|complaint|affidavit|"
    r"motion|brief|order|ruling|opinion|email|e-mail|note)s?\s+"
    r"(?:(?:filed|released|issued|written|signed|sent|prepared|drafted|published)\s+)?by\s+"
)


def document_author(text: str, end: int) -> int:
    """Where the author's name starts after "according to <document> (filed) by", or -1."""
    match = _DOCUMENT_BY.match(text, end)
    return match.end() if match else -1
