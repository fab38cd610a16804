"""A passive speech verb still to come names no speaker: "needed to be repeated by a lab".

"Berg was asked by Dahl" and "was labeled “a gamble” by Kerr" report what Dahl and Kerr did,
so the one after "by" speaks. After "to be" or a modal's "be" ("needs to be confirmed by the
board", "will be questioned by the committee", "must be approved by"), the act is wanted or
planned, not done: no one after "by" has said anything yet, and a quote nearby is someone
else's ("Other scientists called the work “elegant” but said it needed to be repeated by an
independent lab" is the scientists', never the lab's).
"""

from __future__ import annotations

import re

# "to be", "will be", "must still be", "would not yet be", "’ll be" right before the
# participle.
_TO_COME = re.compile(
    r"(?:\b(?:to|will|would|shall|should|could|can|may|might|must)|[’']ll)"
    r"(?:\s+(?:not|never|still|yet|also|first|only|soon|then|again|\w+ly)){0,2}\s+be\s+$"
)
_REACH = 40  # characters before the participle: "would not yet be " and more


def unsaid_passive(text: str, verb_start: int) -> bool:
    """True when the speech verb at `verb_start` is a passive participle still to come."""
    return _TO_COME.search(text, max(0, verb_start - _REACH), verb_start) is not None
