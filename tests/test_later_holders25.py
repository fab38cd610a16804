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
    ],
)
def test_the_office_stays_a_description(paragraphs: tuple[str, ...]) -> None:
    speaker = _speaker_of("adjourned", *paragraphs)
    assert speaker is None or speaker.casefold().startswith("the ")
