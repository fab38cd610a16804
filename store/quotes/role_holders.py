"""Whom a definite description with a known role means ("the senator" after two senators):
the one just made a sentence's subject over one who spoke before that."""

from __future__ import annotations

from store.quotes.people import Person


def role_holder(
    spoke: list[tuple[int, Person]], subjects: list[tuple[int, Person]], matches: list[Person],
    at: int,
) -> Person | None:
    """The last of `matches` who spoke before `at`, unless one of them was a sentence's
    subject after that: "Sen. Ada Kerr spoke. ... Sen. Bo Renn also urged a vote. “...,” the
    senator said" is Renn, the one the passage turned to."""
    said = next(((seen, p) for seen, p in reversed(spoke) if seen < at and p in matches), None)
    subject = next(
        ((seen, p) for seen, p in reversed(subjects) if seen < at and p in matches), None
    )
    if said is None:
        return None
    return subject[1] if subject is not None and subject[0] > said[0] else said[1]
