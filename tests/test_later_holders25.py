"""“...,” the judge said, before "Judge Rowe" is named: the article's one holder of that
office (store/quotes/later_holders.py), and "Pres." read as a title before a name."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

COURT = "The court room in Dunmore was quiet when the hearing began."
ROWE_LATER = "Later that week Judge Rowe set the date for the next hearing."


def _speaker_of(text: str, *paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return next(q.speaker for q in quotes if text in q.text)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The title is written before the name only paragraphs after the quote.
        ((COURT, "“This hearing is adjourned,” the judge said.", ROWE_LATER), "Rowe"),
        # A full name with its title, named after the quote.
        (
            (
                COURT,
                "“This hearing is adjourned,” the judge said.",
                "Judge Mara Rowe set the date for the next hearing.",
            ),
            "Mara Rowe",
        ),
        # "Pres." is a title: "the president" is the one named with it.
        (
            (
                "In a long interview, Pres. Halden defended the harbour plan.",
                "“We did what we had to do,” the president told a radio station.",
            ),
            "Halden",
        ),
    ],
)
def test_the_office_is_its_one_titled_holder(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert (
        _speaker_of("We did" if "Pres." in paragraphs[0] else "adjourned", *paragraphs) == speaker
    )


@pytest.mark.parametrize(
    "paragraphs",
    [
        # Two judges: either may be meant.
        (
            COURT,
            "“This hearing is adjourned,” the judge said.",
            ROWE_LATER,
            "Judge Lenz heard the appeal a month later.",
        ),
        # A judge set off beside her name may be one of several the writer did not name.
        (
            COURT,
            "“This hearing is adjourned,” the judge said.",
            "Mara Rowe, a judge from Dover, watched from the gallery.",
        ),
        # An office of something, no title: "the president of the club".
        (
            COURT,
            "“This hearing is adjourned,” the president of the club said.",
            "President Tom Vane opened the session the next day.",
        ),
        # Another place's holder.
        (
            "“Every school shuts tonight,” the governor said.",
            "Snow fell all day. Across the border, in another state, Gov. Ilsa Marno shut "
            "the roads as well.",
        ),
        # The office of another body, written after the name.
        (
            "“Our numbers are up,” the president said.",
            "The Dunmore Chess Club met on Monday. Later President Tom Vane of the regional "
            "league spoke to members.",
        ),
        # A longer title is another office, and its holder is no one the passage follows.
        (
            "“The clinic is unsafe,” the chief said.",
            "Doctors walked out. Chief Executive Tom Vane of the hospital board declined to "
            "comment.",
        ),
    ],
)
def test_the_office_stays_a_description(paragraphs: tuple[str, ...]) -> None:
    text = next(p for p in paragraphs if "”" in p).split("”")[0].strip("“,")
    speaker = _speaker_of(text, *paragraphs)
    assert speaker is None or speaker.casefold().startswith("the ")
