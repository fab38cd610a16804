"""A name closing a subject that is an -ing word's object, with a person's full name set off
after it: "One pastor backing Mr. Vance, Tom Lind, said" is Tom Lind (the pastor), never Vance
(store.quotes.inner_names.participle_object_before)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Sen. Ada Kerr and Gov. Tom Vance spoke at the harbour rally on Monday."


def _speaker(paragraph: str) -> str | None:
    quotes = extract_quotes(Article(title="Rally", paragraphs=(LEDE, paragraph))).quotes
    return next(q.speaker for q in quotes if q.paragraph == 1)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "One pastor backing Mr. Vance, Tom Lind of Dover Chapel, said “the town is ready.”",
            "Tom Lind",
        ),
        ("A pastor backing Gov. Vance, Tom Lind, said “the town is ready for him.”", "Tom Lind"),
        (
            "A nurse supporting Mr. Vance, Lena Moss of Riverton, said “we need him back.”",
            "Lena Moss",
        ),
        # Kept: a role set off by commas names its holder; a group before its aside speaks.
        ("The mayor, Ada Kerr, said “the town is ready.”", "Ada Kerr"),
        ("Voters backing Mr. Vance said “the town is ready for him.”", "Voters"),
    ],
)
def test_a_full_name_after_a_participles_object_is_the_speaker(
    paragraph: str, speaker: str
) -> None:
    assert _speaker(paragraph) == speaker
