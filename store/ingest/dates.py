"""Dates as they come in articles and feeds, normalised to ISO 8601 strings."""

from __future__ import annotations

import calendar
import time
from datetime import UTC, datetime

from dateutil import parser as date_parser

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

# Two different defaults (both leap years, days valid in every month): a field that comes
# out the same under both was written in the text; one that differs was filled in.
_DEFAULTS = (datetime(2000, 1, 1, 0, 0, 0), datetime(2004, 2, 2, 1, 1, 1))
_HOUR = 3600
# RFC 822 zones, and abbreviations news feeds commonly use; others are read as unknown
# rather than guessed (several abbreviations, such as IST, mean different zones).
_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0,
    "EST": -5 * _HOUR, "EDT": -4 * _HOUR, "CST": -6 * _HOUR, "CDT": -5 * _HOUR,
    "MST": -7 * _HOUR, "MDT": -6 * _HOUR, "PST": -8 * _HOUR, "PDT": -7 * _HOUR,
    "BST": _HOUR, "WEST": _HOUR, "CET": _HOUR, "CEST": 2 * _HOUR, "EET": 2 * _HOUR,
    "EEST": 3 * _HOUR, "MSK": 3 * _HOUR, "JST": 9 * _HOUR, "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR,
}  # fmt: skip


def normalise_date(value: object) -> str | None:
    """An ISO 8601 string for a date or timestamp in any common notation, else None.

    Only what the text says is kept: "2016-07-22" stays a date (no invented time of day),
    "July 22" becomes the year-less "--07-22" (no invented year).
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, time.struct_time):
        return _iso(datetime(*value[:6], tzinfo=UTC))
    try:
        if isinstance(value, int | float):
            return _iso(datetime.fromtimestamp(value, UTC))
        text = str(value).strip()
        first, second = (
            date_parser.parse(text, default=default, tzinfos=_zone) for default in _DEFAULTS
        )
    except (ValueError, OverflowError, OSError):
        return None
    if first.month != second.month or first.day != second.day:
        return None  # "Friday", "2016", "July 2016": not a day we can name
    if first.year != second.year:
        return f"--{first.month:02d}-{first.day:02d}"
    if first.hour != second.hour:
        return first.date().isoformat()
    return _iso(first)


def _zone(name: str | None, offset: int | None) -> int | None:
    """The UTC offset in seconds for a parsed zone; None leaves the time without one."""
    if offset is not None:
        return offset
    return _ZONES.get(name.upper()) if name else None


def dateline_date(month: str, day: str, year: str | None) -> str | None:
    """ISO date for a dateline such as "July 22"; year-less datelines give "--07-22"."""
    number = _MONTHS.get(month.lower().rstrip("."))
    if number is None:
        return None
    # A year-less date is checked against a leap year, so "February 29" stands.
    if not 1 <= int(day) <= calendar.monthrange(max(int(year or 2000), 1), number)[1]:
        return None
    if year:
        return f"{int(year):04d}-{number:02d}-{int(day):02d}"
    return f"--{number:02d}-{int(day):02d}"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")
