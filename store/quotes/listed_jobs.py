"""A plural job before a list of names: "Nurses Jude Marren and Joy Pemberton have won".

The name reader sees one run of capitals ("Nurses Jude Marren") and keeps a plural job as the
name's first word unless a known first name follows it, for the plural may open a body's name
("Teachers United Northport"). Names joined after the run by "and" (or a comma) show a list
of people: the run is then read without its job.
"""

from __future__ import annotations

import re

from store.quotes.job_openers import plural_job
from store.quotes.mentions import Mention, read_mention

# What joins another name to the run: ", Bo Renn" or " and Bo Renn".
_NEXT_NAME = re.compile(r"\s*(?:,|,?\s+and)\s+[A-Z][a-z]")
_FEWEST_WORDS = 3  # the job and a full name


def read_listed(chunk: str, run: str, text: str, end: int) -> Mention | None:
    """The mention `chunk` (context and then the name `run` ending at `end` in `text`) names;
    the run without its plural job when more names are joined after it."""
    words = run.split()
    if len(words) < _FEWEST_WORDS or not plural_job(words[0]) or not _NEXT_NAME.match(text, end):
        return read_mention(chunk)
    return read_mention(" ".join(words[1:]))
