"""“… whether Senator Renn's message could carry the state,” he said: not Renn's words.

A pronoun's speaker is the person its reading found most salient, a guess the figures hold
near 0.76. When the quote itself calls that person by title and surname ("Senator Renn",
"Secretary Kerr", "Mr. Vane"), outside any words it quotes in turn, it speaks of them or to
them: people do not call themselves so. The guess is then no better than unclear, and its
confidence is held below the bot's unclear line.
"""

from __future__ import annotations

import re

# Below handlers/sureness.py's UNCLEAR_CONFIDENCE (0.5): the answer says it is unsure.
SELF_TITLED = 0.45
_TITLES = (
    r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.|Miss|Senator|Governor|President|Secretary|Representative"
    r"|Congressman|Congresswoman|Mayor|Speaker|Judge"
)
# Words the quote quotes in turn: "they'll say, ‘Mr. Vane, you're a lawyer’".
_INNER = re.compile(r"‘[^’]*’|'[^']*'(?!\w)|\"[^\"]*\"")


def calls_by_title(quote: str, name: str) -> bool:
    """True when `quote`, outside the words it quotes, writes a title before the surname of
    `name` ("Senator Renn" for Bo Renn)."""
    surname = name.split()[-1]
    if not surname[:1].isupper():
        return False
    own = _INNER.sub(" ", quote)
    return re.search(rf"\b(?:{_TITLES})\s+{re.escape(surname)}\b", own) is not None
