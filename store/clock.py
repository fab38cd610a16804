"""The one clock of the store: now in UTC, and the one text format stored times have."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def stamp(moment: datetime | None = None) -> str:
    """A time as the tables store it (now when none is given)."""
    # One fixed format (UTC, microseconds) so that stored times order as strings do.
    return (moment or utc_now()).astimezone(UTC).isoformat(timespec="microseconds")
