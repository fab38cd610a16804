"""Surnames an article gives to more than one person ("Ada Kerr" and "Tom Kerr").

There a bare "Kerr said" is only as sure as the extractor's guess of which Kerr is meant,
so answering hedges it (handlers/namesakes.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlite_utils import Database

from store.db import placeholders
from store.search.tokens import words

# Every full name an article uses for a person, quoted (speaker_names) or only named (mentions).
_NAMES = """
SELECT sn.article_id, s.name FROM speaker_names sn JOIN speakers s ON s.id = sn.speaker_id
WHERE sn.article_id IN ({marks})
UNION SELECT article_id, person FROM mentions WHERE article_id IN ({marks})
"""


def shared_surnames(db: Database, article_ids: Sequence[int]) -> dict[int, frozenset[str]]:
    """Each article's surnames (as `words` reads them) that two different people bear."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    names: dict[int, set[str]] = {}
    for article_id, name in db.execute(_NAMES.format(marks=placeholders(ids)), [*ids, *ids]):
        if len(words(str(name))) > 1:
            names.setdefault(int(article_id), set()).add(str(name))
    return {aid: _shared(people) for aid, people in names.items()}


def _shared(names: Iterable[str]) -> frozenset[str]:
    # The first name is the word before the surname: "Norland Foreign Minister Ada Kerr"
    # and "Ada Kerr" are one person, "Tom Kerr" another.
    first_names: dict[str, set[str]] = {}
    for name in names:
        *_, first, surname = words(name)
        first_names.setdefault(surname, set()).add(first)
    return frozenset(surname for surname, firsts in first_names.items() if _several(firsts))


def _several(first_names: set[str]) -> bool:
    """Whether first names are of two people: not one name and its initial ("Ada", "A")."""
    full = {name for name in first_names if len(name) > 1}
    initials = {name for name in first_names if len(name) == 1} - {name[0] for name in full}
    return len(full) + len(initials) > 1
