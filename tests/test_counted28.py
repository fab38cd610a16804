"""Counted people's words ("said one objector") keep their unnamed speaker (lead, stop 28).

fix28b limited a counted speaker to person words (a loudspeaker speaks for no one); the person
doers the old "-er/-or" rule read ("one objector", "a juror") lost their quotes with it.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "“They made up their minds before we spoke,” said one objector, a retired farmer.",
            "one objector",
        ),
        ("“The evidence never added up,” one juror said after the trial.", "one juror"),
        ("“We were never told,” said one complainant.", "one complainant"),
    ],
)
def test_a_counted_person_speaks(paragraph: str, speaker: str) -> None:
    paragraphs = ("The planning inquiry into the Dunmere quarry closed on Friday.", paragraph)
    quotes = extract_quotes(Article(title="Quarry inquiry", paragraphs=paragraphs)).quotes
    assert [quote.speaker for quote in quotes] == [speaker]
