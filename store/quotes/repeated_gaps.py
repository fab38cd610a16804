"""How often something was said, between a verb and its "that": "said more than once that".

"Kerr said more than once that the fees will ruin the fishermen" reports Kerr's statement,
as "said repeatedly that" does; the gap's first word ("more", "many") was no opener of a gap,
so the "that" read as the object's own ("said many things that ..." is, and stays so).
"""

from __future__ import annotations

import re

_REPEATED = re.compile(
    r"(?:more\s+than\s+once|(?:many|several|countless|a\s+few|a\s+number\s+of|numerous)\s+times"
    r"|twice|time\s+and\s+(?:time\s+)?again|again\s+and\s+again|over\s+and\s+over(?:\s+again)?)"
    r"(?:\s+(?:before|since|now|already))?,?",
    re.IGNORECASE,
)


def repeated(words: list[str]) -> bool:
    """True when the words before "that" only say how often it was said."""
    return _REPEATED.fullmatch(" ".join(words)) is not None
