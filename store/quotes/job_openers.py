"""A job written capitalised before a full name, as a sentence opens: "Novelist Jude Marren".

The job is the role, not a first name: "Novelist Jude Marren has won" names Jude Marren, a
novelist. Only in a run of three or more words, and never a word that is a first name too
("Guy Frost Lowe" keeps Guy); a nationality or country is read the same way.
"""

from __future__ import annotations

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
_SHORTEST_AGENT = 6  # "Artist": shorter words in "-ist" ("Twist", "Christ") are no agents
# "Nurses Amira Haddad and Joy Pemberton": a plural job before a list of names.
_SHORTEST_PLURAL = 4


def role_before_a_name(word: str) -> bool:
    """True for a capitalised word opening a run of three or more that belongs to the role."""
    if before_a_name(word):
        return True
    key = word.casefold()
    if not word[:1].isupper() or key in FIRST_NAMES or key in _NOT_JOBS:
        return False
    return _job(key) or (key.endswith("s") and len(key) > _SHORTEST_PLURAL and _job(key[:-1]))


def _job(key: str) -> bool:
    agent = key.endswith(_AGENT_ENDING) and len(key) >= _SHORTEST_AGENT and key.isalpha()
    return key in PEOPLE_NOUNS or agent
