"""“A senior surgeon who worked at the unit, and who asked not to be named, said”: the second
"who" stands for what the first one does.

A relative pronoun's antecedent is read from the words right before it; when two relative
clauses are joined ("who ..., and who ..."), the words before the second are the end of the
first clause ("the unit, and"), so the second "who" named no one and the speaker's verb after
it was left to whoever was named before. The second "who" is read where the first stands.
"""

from __future__ import annotations

import re

# The join before a second relative: "..., and who", "... and who", "..., or who".
_JOIN = re.compile(r",?\s+(?:and|or|but)\s+$")
# A relative pronoun of the same kind earlier in the sentence.
_FIRST = re.compile(r"\b(?:who|which|that)\b")
_ENDS = re.compile(r"[.!?;:]\s")


def first_relative(text: str, offset: int) -> int:
    """The offset of the first of two joined relatives when the one at `offset` is the
    second ("X who A, and who B"), else `offset`. Of several earlier in the sentence, the
    nearest: "Police spoke to Finch, who ..., and to a neighbour who saw it, and who said"
    joins the neighbour's two, not Finch's."""
    before = text[:offset]
    join = _JOIN.search(before)
    if join is None:
        return offset
    word = re.match(r"\w+", text[offset:])
    ends = [end.end() for end in _ENDS.finditer(before)]
    start = ends[-1] if ends else 0
    if word is None:
        return offset
    earlier = [
        found.start()
        for found in _FIRST.finditer(before, start, join.start())
        if found.group() == word.group().casefold()
    ]
    return earlier[-1] if earlier else offset
