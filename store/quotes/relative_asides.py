"""A relative clause between a speaker and the verb it reports with: "Holm, who in 2019
promised to build a quay, has since cut ..." is Holm's pledge inside "who ...", closed by its
comma; the words after that comma are the writer's.

Narration blanks such a clause when words stand between "who" and its verb ("in 2019"), so
the speaker is the name and the clause is seen only in the raw text before the verb.
"""

from __future__ import annotations

import re

# No comma after "who": in "Holm, who runs the port, said" the clause closed before the verb.
_WHO_AFTER_NAME = re.compile(r"\s*,\s*who\s[^,]*$")


def inside_relative(raw: str, mention_end: int, verb_start: int) -> bool:
    """True when the speech verb is inside a ", who ..." opened after the speaker's name."""
    return _WHO_AFTER_NAME.match(raw[mention_end:verb_start]) is not None
