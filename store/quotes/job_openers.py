"""A job written capitalised before a full name, as a sentence opens: "Novelist Jude Marren".

The job is the role, not a first name: "Novelist Jude Marren has won" names Jude Marren, a
novelist. Only in a run of three or more words, and never a word that is a first name too
("Guy Frost Lowe" keeps Guy); a nationality or country is read the same way. A run that ends
in a body's head keeps its job word ("Economist Intelligence Unit" is a body's whole name), and
a plural job opens a list of people, so it is the role only before a first name we know
("Nurses Amira Haddad"); before names joined by "and" see listed_jobs.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.quotes.body_name_ends import ends_a_body_name
from store.quotes.country_words import before_a_name
from store.quotes.first_names import FIRST_NAMES
from store.quotes.person_words import PEOPLE_NOUNS

# People nouns that name a body or a share, not the one person a job does.
_NOT_JOBS = frozenset(
    """
    nation country government administration campaign firm company industry community
    legislature percent majority half public panel jury band orchestra choir team squad crew
    faction camp circle crowd audience congregation electorate couple pair trio quartet giant
    """.split()
)
# Agent nouns in "-ist" name a job or calling ("Pianist", "Economist"); no first name ends so.
_AGENT_ENDING = "ist"
_SHORTEST_AGENT = 6  # "Artist": shorter words in "-ist" ("Twist") are no agents
# Words in "-ist" of that length or more that name no agent ("Christ Church", verbs).
_NOT_AGENTS = frozenset(
    "christ assist insist resist exist persist consist desist enlist schist amidst whilst".split()
)
# "Nurses Amira Haddad and Joy Pemberton": a plural job before a list of names.
_SHORTEST_PLURAL = 4


def role_before_a_name(words: Sequence[str]) -> bool:
    """True when the first of a run of three or more capitalised words belongs to the role."""
    word = words[0]
    if ends_a_body_name(words[-1]):
        return False  # "Economist Intelligence Unit": a body's whole name
    if before_a_name(word):
        return True
    key = word.casefold()
    if not word[:1].isupper() or key in FIRST_NAMES or key in _NOT_JOBS:
        return False
    if _job(key):
        return True
    # A plural job opens a list of people: only a first name we know shows one follows
    # ("Teachers United Northport" is a body's name).
    return plural_job(word) and len(words) > 1 and words[1].casefold() in FIRST_NAMES


def plural_job(word: str) -> bool:
    """True for a capitalised plural of a job ("Nurses", "Pianists")."""
    key = word.casefold()
    if not word[:1].isupper() or key in FIRST_NAMES or key in _NOT_JOBS:
        return False
    return key.endswith("s") and len(key) > _SHORTEST_PLURAL and _job(key[:-1])


def _job(key: str) -> bool:
    agent = key.endswith(_AGENT_ENDING) and len(key) >= _SHORTEST_AGENT and key.isalpha()
    return key in PEOPLE_NOUNS or (agent and key not in _NOT_AGENTS)
