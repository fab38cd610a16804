"""Where a mention's parts start: a person's name at a known first name inside a run of
capitalised words ("RNC Chief of Staff Ada Kerr"), and the jobs a "to" links to the one
served ("an aide to Kerr", "the ambassador to Norway": the person in the job, never the one
after "to"). Read by mentions.py."""

from __future__ import annotations

import re

from store.quotes.first_names import FIRST_NAMES
from store.quotes.lexicon import NAME_PARTICLES, word_set

# Dotted initials, "J." or "G.K.": mentions.py reads abbreviations by them too.
INITIALS = re.compile(r"(?:[A-Za-z]\.){1,3}")
# Jobs held for someone or somewhere, which "to" links ("adviser to the mayor"). Not every
# role word: "state" is one ("state senator"), and "the state to assist X" names no job.
_SERVING_JOBS = word_set(
    """
    aide aides adviser advisers advisor advisors assistant assistants counselor counsellor
    consultant consultants ambassador ambassadors envoy envoys spokesman spokeswoman
    spokesperson liaison deputy secretary
    """
)


def given_name_at(name_tokens: list[tuple[str, int, int]]) -> int:
    """Where the first known first name stands in a name, after other capitalised words
    ("Staff Ada Kerr") and before a surname; 0 when none does or the name opens with one."""
    for at in range(len(name_tokens) - 1):
        word = name_tokens[at][0].casefold()
        if word in FIRST_NAMES:
            return at
        if word in NAME_PARTICLES or (word.endswith(".") and INITIALS.fullmatch(word)):
            return 0  # "J. Gerald Hebert", "Charles de Gaulle": the name began already
    return 0


def serves(job: str, link: str) -> bool:
    """True for a job "to" links to whom it serves: "aide to", "ambassador to"."""
    return link == "to" and job.casefold() in _SERVING_JOBS
