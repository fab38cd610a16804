"""Agency datelines, read the same way whatever the source kind.

"МОСКВА, 22 июля. /ТАСС/. ", "MOSCOW, July 22, 2016 (Reuters) - " open wire copy: the place,
the date and the agency, then the story. A text file has its dateline read by its layout
(store.ingest.text); JSON records, pages and feed entries bring it as the start of their first
paragraph, where `lift_dateline` takes it out the same way, so that an article's stored text
and fields do not depend on how it arrived.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.ingest.dates import dateline_date
from store.models import Article
from store.quotes.ru.layout import RUSSIAN_DATELINE

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "DVORIKI VILLAGE, July 22. /TASS/. " or "MOSCOW, July 22, 2016 (Reuters) - "
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’\-]*[A-Z]),\s+(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>\d{4}))?\s*(?:\.\s*/(?P<slash>[^/\n]{1,30})/\s*\.?|"
    r"\((?P<paren>[^)\n]{1,30})\)\s*[-–—]+)\s*"
)


@dataclass(frozen=True)
class Dateline:
    """What a dateline tells, and where the story after it starts."""

    place: str
    published: str | None  # ISO, "--07-22" when it gives no year
    source: str | None  # the agency
    end: int


def read_dateline(line: str) -> Dateline | None:
    """The agency dateline opening a line, English or Russian, else None."""
    match = DATELINE.match(line) or RUSSIAN_DATELINE.match(line)
    if match is None:
        return None
    found = match.groupdict()
    source = found.get("slash") or found.get("paren") or found.get("dash") or found.get("dotted")
    return Dateline(
        place=match["place"].strip(),
        published=dateline_date(match["month"], match["day"], match["year"]),
        source=(source or "").strip() or None,
        end=match.end(),
    )


def lift_dateline(article: Article) -> Article:
    """The article without the dateline opening its first paragraph, its place, date and
    agency kept as fields where the source gave none of its own (a record's full date and
    publisher say more than a dateline's "22 июля" and agency)."""
    if not article.paragraphs:
        return article
    first, *rest = article.paragraphs
    dateline = read_dateline(first)
    if dateline is None:
        return article
    story = first[dateline.end :].strip()
    if not story and not rest:
        return article  # a dateline and nothing after it: no story to take it from
    return replace(
        article,
        paragraphs=tuple([story, *rest] if story else rest),
        place=article.place or dateline.place,
        published=article.published or dateline.published,
        source=article.source or dateline.source,
    )
