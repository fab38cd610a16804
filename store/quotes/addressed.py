"""A quote put to the subject of its clause: "Kerr was asked, “Where were you?”".

Read by uncued.own_subject. A subject that "was asked" or "was told" something hears the
quoted words; with no "by" agent (uncued reads those) the one who put them is nobody named
here, and the subject's name is no guess for them.
"""

from __future__ import annotations

import re

_PUT_TO = re.compile(
    r"\s+(?:was|were|is|are|has been|had been|have been|got|gets|being)\s+"
    r"(?:\w+ly\s+|also\s+|then\s+|once\s+|later\s+)?"
    r"(?:asked|told|questioned|pressed|quizzed|challenged|grilled)\b(?!\s+by\b)"
)


def put_to_subject(text: str, subject_end: int, open_at: int) -> bool:
    """True when the words between a subject and its quote say the quote was put to it."""
    match = _PUT_TO.match(text, subject_end)
    return match is not None and match.end() <= open_at
