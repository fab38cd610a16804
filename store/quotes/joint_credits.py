"""Credits to several speakers at once: "Ada Kerr and the Port Board said", "Both Ada Kerr and
the board's engineer Bo Renn said", "Kerr and the board both said".

antecedents.listed_names joins names ("Kerr and Dorn"), but a person listed with a body ("Ada
Kerr and the Port Board") was read as the body alone, the subject nearest the verb: half of
the speakers at a sure cue's confidence. `joint_body` reads that list whole. Where a "both"
says several spoke and the speaker read is still one of them (a list no rule joins, "Both
Kerr and the board's engineer Bo Renn said"), `half_of_joint` holds the quote under the sure
ways: a wrong lone name is worse than a doubtful one.
"""

from __future__ import annotations

import re

from store.quotes.mentions import Mention
from store.quotes.name_words import CAPITALISED_RUN
from store.quotes.role_lists import opens_list

# A person's name right before "and the <body>": "Ada Kerr and ", "Mayor Ada Kerr and ".
_PERSON_AND = re.compile(rf"(?P<first>{CAPITALISED_RUN})\s+(?:and|&)\s+$")
# "both" floated between the subject and its verb: "Kerr and Renn both said".
_BOTH_AFTER = re.compile(r"\bboth\b")
# "Both" opening a subject list that ends at the speaker read: "Both Kerr and engineer Renn".
_BOTH_BEFORE = re.compile(
    r"(?:^|[.!?:;—–(]\s*|[,”\"]\s+)[Bb]oth\s+[^.!?:;,“”\"]*\s(?:and|&)\s+[^.!?:;,“”\"]*$"
)
_REACH = 120
# Under the named ways' >= 0.9: several spoke and the speaker read is one of them.
HALF_OF_JOINT = 0.6


def joint_body(text: str, start: int, words: str) -> str | None:
    """ "Ada Kerr and the Port Board" when the body named `words` ("the Port Board", at
    `start`) is listed after a person's name that opens the subject; else None."""
    if not words.startswith("the "):
        return None
    match = _PERSON_AND.search(text, max(0, start - _REACH), start)
    if match is None or not opens_list(text, match.start("first")):
        return None
    first = match["first"]
    if first.split()[0] in ("The", "A", "An"):
        return None  # "The Ports and the Harbour Board": two bodies, or one body's name
    return f"{' '.join(first.split())} and {' '.join(words.split())}"


def half_of_joint(text: str, mention: Mention, verb_end: int, speaker: str) -> bool:
    """True when "both" says the credit is to several, yet `speaker` is one name alone."""
    if " and " in speaker or " & " in speaker:
        return False
    after = _BOTH_AFTER.search(text, mention.end, verb_end) is not None
    return (
        after
        or _BOTH_BEFORE.search(text, max(0, mention.start - _REACH), mention.start) is not None
    )
