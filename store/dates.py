"""Dates as they come in articles and feeds, normalised to ISO 8601 strings."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime

from dateutil import parser as date_parser

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9


def normalise_date(value: object) -> str | None:
    """An ISO 8601 string for a date or timestamp in any common notation, else None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, time.struct_time):
        return _iso(datetime(*value[:6], tzinfo=UTC))
    if isinstance(value, int | float):
        return _iso(datetime.fromtimestamp(value, UTC))
    text = str(value).strip()
    try:
        parsed = date_parser.parse(text)
    except (ValueError, OverflowError):
        return None
    # A bare date stays a date: we do not invent a time of day.
    if parsed.hour == parsed.minute == parsed.second == 0 and len(text) <= 10:
        return parsed.date().isoformat()
    return _iso(parsed)


def dateline_date(month: str, day: str, year: str | None) -> str | None:
    """ISO date for a dateline such as "July 22"; year-less datelines give "--07-22"."""
    number = _MONTHS.get(month.lower().rstrip("."))
    if number is None or not 1 <= int(day) <= 31:
        return None
    if year:
        return f"{int(year):04d}-{number:02d}-{int(day):02d}"
    return f"--{number:02d}-{int(day):02d}"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
