"""“...,” the senator says after "Tom Vane defends his record in an ad:": the sentence's own
subject, not a senator named paragraphs before (store/quotes/own_subjects.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

KERR = "Sen. Ada Kerr of Dover has released a video attacking the harbour plan."
FILLER = (
    "The plan has divided the town for a year.",
    "Its costs have doubled since the spring.",
)


def _speaker_of(text: str, *paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return next(q.speaker for q in quotes if text in q.text)


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                KERR,
                *FILLER,
                "Tom Vane defends his record in an ad running on Dover TV: “We kept the port "
                "open,” the senator says to the camera.",
            ),
            "Tom Vane",
        ),
        # The earlier senator is named in the paragraph before: she may be meant.
        (
            (
                *FILLER,
                KERR,
                "Tom Vane defends his record in an ad running on Dover TV: “We kept the port "
                "open,” the senator says to the camera.",
            ),
            None,
        ),
        # A credit before the quote, in a clause of its own: the role's holder as before.
        (
            (
                KERR,
                *FILLER,
                "Tom Vane sat through a lecture from the senator, who said the port must stay "
                "“open to every ship.”",
            ),
            None,
        ),
    ],
)
def test_the_colon_subject_is_the_described(
    paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    found = _speaker_of("open", *paragraphs)
    # None: whoever the other rules read, not the sentence's subject.
    assert found == speaker if speaker else found != "Tom Vane"
