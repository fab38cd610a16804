"""What a study found, in marks: "A 2014 committee report found “no evidence of fraud.”"

"found" narrates far more than it reports ("Kerr found the keys", "police found “a large
amount” of cash"), so it is no speech verb. After the head noun of an inquiry's findings
(a report, a study, an audit, a review) and right before the marks, alone or with "that", it
is the document's finding, quoted as a statement is: the report speaks, as "the report
concluded “…”" always did.
"""

from __future__ import annotations

import re

from store.quotes.lexicon import word_set

FINDING_FORMS = word_set("found finds")
# Documents and inquiries whose findings are quoted: each names no person, so a name before
# "found" ("Kerr found “…”") stays out.
_FINDING_HEADS = word_set(
    """
    report reports study studies audit audits review reviews inquiry investigation probe
    survey surveys poll polls analysis assessment evaluation panel commission committee
    """
)
_HEAD_BEFORE = re.compile(r"([A-Za-z-]+)(?:\s+(?:also|further|previously|recently))?\s+$")
_MARK_AFTER = re.compile(r"\s+(?:that\s+)?[“\"]")


def finding_cue(text: str, start: int, end: int) -> bool:
    """True when "found" at text[start:end] follows an inquiry's head noun and a quote's
    opening mark follows it (with "that" between or not)."""
    head = _HEAD_BEFORE.search(text, max(0, start - 40), start)
    if head is None or head.group(1).casefold() not in _FINDING_HEADS:
        return False
    return _MARK_AFTER.match(text, end) is not None
