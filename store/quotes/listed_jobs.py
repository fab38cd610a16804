"""A plural job before a list of names: "Nurses Jude Marren and Joy Pemberton have won".

The name reader sees one run of capitals ("Nurses Jude Marren") and keeps a plural job as the
name's first word unless a known first name follows it, for the plural may open a body's name
("Teachers United Northport"). Names joined after the run by "and" (or a comma) show a list
of people: the run is then read without its job.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.quotes.first_names import NOUN_GENDER
from store.quotes.job_openers import plural_job
from store.quotes.lexicon import Gender
from store.quotes.mentions import Mention, read_mention
from store.quotes.person_words import singular

# What joins another name to the run: ", Bo Renn" or " and Bo Renn".
_NEXT_NAME = re.compile(r"\s*(?:,|,?\s+and)\s+[A-Z][a-z]")
_FEWEST_WORDS = 3  # the job and a full name


def read_listed(chunk: str, run: str, text: str, end: int) -> Mention | None:
    """The mention `chunk` (context and then the name `run` ending at `end` in `text`) names;
    the run without its plural job when more names are joined after it."""
    words = run.split()
    kin = _kin_plural_sex(words[0]) if len(words) == _FEWEST_WORDS - 1 else Gender.UNSAID
    fewest = _FEWEST_WORDS - 1 if kin else _FEWEST_WORDS
    if len(words) < fewest or not plural_job(words[0]) or not _NEXT_NAME.match(text, end):
        return read_mention(chunk)
    mention = read_mention(" ".join(words[1:]))
    return replace(mention, gender=kin) if kin and mention is not None else mention


def _kin_plural_sex(word: str) -> Gender:
    """The sex of a family plural ("Sisters Hanna and Elsa Korpi", "Brothers Bo and Tom
    Renn"): one given name after it is a person of the list, never a name "Sisters Hanna"."""
    return (
        NOUN_GENDER.get(singular(word.casefold()), Gender.UNSAID)
        if word.endswith("s")
        else Gender.UNSAID
    )
