"""Dates as they come in articles and feeds, normalised to ISO 8601 strings."""

from __future__ import annotations

import calendar
import re
import time
from datetime import UTC, datetime

from dateutil import parser as date_parser

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
# Russian months as dates write them (the genitive: "22 июля"), with the agencies' short
# forms ("22 июл", RIA's datelines); a dateline's month is looked up in the same table.
RUSSIAN_MONTHS = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}  # fmt: skip
_MONTHS.update(RUSSIAN_MONTHS)
# "22 июля 2016 года", "22 июля 2016 г.", "22 июля", "22.07.2016": a day with its month.
_RUSSIAN_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s+(?P<month>[а-яё]+)\.?(?:\s+(?P<year>\d{4})(?:\s*(?:года|г\.?))?)?"
    r"(?:\s*,?\s*(?P<hour>\d{1,2}):(?P<minute>\d{2}))?(?!\w)",
    re.IGNORECASE,
)

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
        return russian_date(str(value))
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


def russian_date(text: str) -> str | None:
    """ISO date for a Russian date ("22 июля 2016 года", "22 июля 2016, 10:30"), else None.

    The English rule holds: "22 июля" gives the year-less "--07-22", and a weekday ("в
    пятницу") names no day we can tell, so gives None; a time of day is kept only as written.
    """
    match = _RUSSIAN_DATE.search(text)
    if match is None:
        return None
    day = dateline_date(match["month"], match["day"], match["year"])
    if day is None or match["hour"] is None or match["year"] is None:
        return day
    hour, minute = int(match["hour"]), int(match["minute"])
    if hour > 23 or minute > 59:
        return day
    return f"{day}T{hour:02d}:{minute:02d}:00"
