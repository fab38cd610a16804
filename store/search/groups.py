"""Statements made by several people at once ("“…,” Ada Kerr and Bo Renn said", "«…», —
заявили Лавров и Захарова") are stored under one speaker, the list of names: they are each
member's words too, so a member's quotes (and follows) take them in.

A member is known by the end of its name in the list ("Sen. Ada Kerr" is Ada Kerr). A full
name in the list is that person anywhere; a surname alone ("Kerr and Renn said") only in an
article that names the person too, since another Kerr, or a firm called "Kerr & Renn", may
be meant elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlite_utils import Database

from store.db import placeholders
from store.quotes.lexicon import NAME_SUFFIXES
from store.search.speakers import names_holding
from store.search.tokens import words

# Between two members of a list: a comma, "and", "&" or Russian "и".
_BETWEEN_MEMBERS = re.compile(r"\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|&|и)\s+")
_SUFFIXES = {word.rstrip(".") for word in NAME_SUFFIXES}
_JOINED = re.compile(r",|\s(?:and|&|и)\s")


def members(name: str) -> list[list[str]]:
    """The words of each name in a list of speakers; one name is no list (an empty list),
    nor is a name with its suffix after a comma ("Ada Kerr, Jr.")."""
    parts = [words(part) for part in _BETWEEN_MEMBERS.split(name)]
    parts = [part for part in parts if part]
    if any(part == [suffix] for part in parts for suffix in _SUFFIXES):
        return []
    return parts if len(parts) > 1 else []


def groups_listing(db: Database, speaker_ids: Sequence[int]) -> list[int]:
    """The speakers that are lists of people with one of these speakers among them."""
    if not speaker_ids:
        return []
    people = db.execute(
        f"SELECT id, name FROM speakers WHERE id IN ({placeholders(speaker_ids)})",
        list(speaker_ids),
    ).fetchall()
    # A list asked for is not a member of others ("Kerr and Renn" is not in "Renn and Dorn").
    named = [words(str(name)) for _, name in people if not members(str(name))]
    named = [name for name in named if name]
    # Each candidate list with its members, split once.
    candidates = {
        group: split
        for name in named
        for group in names_holding(db, name[-1])
        if _JOINED.search(group)  # a cheap look first: most names hold none
        and (split := members(group))
    }
    if not candidates:
        return []
    rows = db.execute(
        f"SELECT id, name FROM speakers WHERE name IN ({placeholders(candidates)}) "
        f"AND id NOT IN ({placeholders(speaker_ids)})",
        [*candidates, *speaker_ids],
    ).fetchall()
    found = []
    for group_id, group in rows:
        # The stored spelling may differ in case from the one asked for (names compare
        # without case): split it anew then.
        split = candidates.get(str(group)) or members(str(group))
        listed = [_listed_as(member, named) for member in split]
        if "full" in listed or ("surname" in listed and _named_beside(db, speaker_ids, group_id)):
            found.append(int(group_id))
    return sorted(found)


def _listed_as(member: list[str], names: list[list[str]]) -> str | None:
    """ "full" when the member ends with one of the names in full (two words or more),
    "surname" when only its last word is one of theirs, else None."""
    for name in names:
        if len(name) > 1 and member[-len(name) :] == name:
            return "full"
    if any(member[-1] == name[-1] for name in names):
        return "surname"
    return None


def _named_beside(db: Database, speaker_ids: Sequence[int], group_id: int) -> bool:
    """Whether an article that quotes the group names one of these speakers too."""
    row = db.execute(
        "SELECT 1 FROM speaker_names g JOIN speaker_names p ON p.article_id = g.article_id "
        f"WHERE g.speaker_id = ? AND p.speaker_id IN ({placeholders(speaker_ids)}) LIMIT 1",
        [group_id, *speaker_ids],
    ).fetchone()
    return row is not None
