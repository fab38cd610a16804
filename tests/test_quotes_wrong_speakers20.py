"""Wrong speakers on direct quotes, stop 20: the general causes behind them, in invented text."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.titled_names import qualifies_title


def _speaker_of(paragraphs: tuple[str, ...], quoted: str) -> str | None:
    attribution = extract_quotes(Article(title="Town news", paragraphs=paragraphs))
    quote = next(q for q in attribution.quotes if q.text.strip(" ,.") == quoted.strip(" ,."))
    return quote.speaker


TITLED = [
    # (paragraphs, quoted text, expected speaker)
    # A place that qualifies a title ("Port Dover chapter president") is no subject for "he".
    (
        (
            "The club met on Friday. On the topic, Port Dover chapter president Luka Brenn told "
            "the weekly: “We have 300 members of every kind.”",
            "He added that members are “farmers, teachers and retired pilots.”",
        ),
        "farmers, teachers and retired pilots.",
        "Luka Brenn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), TITLED)
def test_a_name_qualifying_a_title_is_not_the_subject(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Dover chapter president Luka Brenn said", 5, True),
        ("Former Ohio speechwriter Jon Pell wrote", 11, True),
        ("Kerr met lawyer Ada Renn", 4, False),
        ("Kerr hired consultant Ada Renn", 4, False),
        ("Ohio voters Ada Renn and Bo Pell", 4, False),
        ("Kerr said Renn was late", 4, False),
    ],
)
def test_qualifies_title(text: str, end: int, expected: bool) -> None:
    assert qualifies_title(text, end) is expected
