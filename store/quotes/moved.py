"""A frozen reading moved along its text: one reading of some words serves every offset."""

from __future__ import annotations

from typing import Any, TypeVar

Item = TypeVar("Item")


def moved(item: Item, by: int) -> Item:
    """A copy of a frozen dataclass whose `start` and `end` are `by` characters further on.

    The fields are copied as one dict: a frozen __init__ sets them one by one through
    object.__setattr__, three times the time.
    """
    fields: dict[str, Any] = item.__dict__.copy()
    fields["start"] += by
    fields["end"] += by
    copy = object.__new__(type(item))
    object.__setattr__(copy, "__dict__", fields)
    return copy
