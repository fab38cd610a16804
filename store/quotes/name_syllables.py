"""A two-letter body acronym written as a name's syllable is the name's: "Pak Sung Un".

"un", "eu" and "ap" are in the organisation words because "the UN said", "EU officials" and
"AP reported" name bodies. Written with one capital ("Un", "Eu") they are no acronym but the
last syllable of a Korean-style name ("Ri Chol Un said"), which the word list made a body.
An acronym that long is always printed in capitals; longer ones may not be ("Nato", "Tass").
"""

from __future__ import annotations

_ACRONYM_LENGTH = 2


def syllable(word: str) -> bool:
    """True for "Un" or "Eu": a two-letter word with one capital, a name's syllable."""
    return len(word) == _ACRONYM_LENGTH and word[0].isupper() and word[1:].islower()
