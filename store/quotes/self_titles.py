"""“… whether Senator Renn's message could carry the state,” he said: not Renn's words.

A pronoun's speaker is the person its reading found most salient, a guess the figures hold
near 0.76. When the quote itself calls that person by title and surname ("Senator Renn",
"Secretary Kerr", "Mr. Vane"), outside any words it quotes in turn, it speaks of them or to
them: people do not call themselves so. The guess is then no better than unclear, and its
confidence is held below the bot's unclear line. An honorific of the other sex ("Mrs. Renn"
in a man's quote, "Mr. Kerr" in a woman's) names a relative, and proves nothing. The doubt is
of whom "he" means, so every quote pinned to that "he said" is held so (direct_quotes.py).
"""

from __future__ import annotations

import re

from store.quotes.lexicon import Gender
from store.quotes.people import Person

# Below handlers/sureness.py's UNCLEAR_CONFIDENCE (0.5): the answer says it is unsure.
SELF_TITLED = 0.45
# Titles of either sex, with or without the British dot dropped ("Mr Renn", "Dr Kerr").
_TITLES = (
    r"(?:Dr|Sen|Gov|Rep)\.|Dr\b|Senator|Governor|President|Secretary|Representative|Minister"
    r"|Chancellor|Councillor|Councilman|Councilwoman|Commissioner|Congressman|Congresswoman"
    r"|Mayor|Speaker|Judge"
)
# Honorifics by the sex they say: of the other sex, they name a relative ("Mrs. Renn").
_HONORIFICS = {
    Gender.MALE: r"Mr\.|Mr\b",
    Gender.FEMALE: r"(?:Mrs|Ms)\.|(?:Mrs|Ms)\b|Miss",
}
# Words the quote quotes in turn: "they'll say, ‘Mr. Vane, you're a lawyer’".
_INNER = re.compile(r"‘[^’]*’|'[^']*'(?!\w)|\"[^\"]*\"")


def calls_by_title(quote: str, speaker: Person) -> bool:
    """True when `quote`, outside the words it quotes, writes a title before the speaker's
    surname ("Senator Renn" for Bo Renn), or an honorific of their sex (any, unknown)."""
    sex = speaker.sex
    surname = speaker.name.split()[-1]
    if not surname[:1].isupper() or surname not in quote:
        # The pattern below writes the surname as it is (no space in it), and blanking the
        # inner quotes only removes text: without it in the quote, no match and no compile.
        return False
    honorifics = [h for known, h in _HONORIFICS.items() if not sex or known == sex]
    titles = "|".join([_TITLES, *honorifics])
    own = _INNER.sub(" ", quote)
    return re.search(rf"\b(?:{titles})\s+{re.escape(surname)}\b", own) is not None
