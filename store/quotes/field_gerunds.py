"""An -ing word naming the field of a job: "Director of nursing Ann Cole", "head of
engineering Carla Mendes". The word is a noun after the job's "of", not a participle taking
the name after it as object ("voters backing Bo Kerr"), and no body the job serves ("the
head of the agency"): the name after it holds the job and speaks. Only after a job that runs a
field ("director", "head"); "supporters of ousting Ada Kerr" are people who want her gone.
"""

from __future__ import annotations

from collections.abc import Sequence

# Jobs named for the field they run ("head of engineering", "professor of nursing"); not
# "critic" or "advocate", whose "of" takes a deed ("a critic of building the road").
FIELD_JOBS = frozenset(
    """head director chief manager professor dean lecturer coordinator supervisor
    superintendent officer vice-president""".split()
)


def field_gerund(words: Sequence[str], index: int) -> bool:
    """True when the -ing word at `index` follows a field's job word and its "of"."""
    if index < 2 or words[index - 1] != "of" or not _gerund(words[index]):
        return False
    return words[index - 2].casefold() in FIELD_JOBS


def field_holder(words: Sequence[str], link: int) -> bool:
    """True for a job's "of" at `link`, then its field and a capitalised name ending the
    words: "head of engineering Carla Mendes" is Mendes, in that job."""
    after = words[link + 2 :]
    field = link + 1 < len(words) and field_gerund(words, link + 1)
    return field and bool(after) and all(word[:1].isupper() for word in after)


def _gerund(word: str) -> bool:
    return word.islower() and word.isalpha() and word.endswith("ing")
