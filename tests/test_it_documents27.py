"""The "it" that concludes after a report or inquiry was brought in (cue27 pattern 3).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = Article(title="Ferry news", paragraphs=("Ferries sail again today.", *paragraphs))
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


# store.quotes.it_documents: no body of the cast is the "it", the document before it is.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The inquiry into the Pellow ferry crash sat for a year. It concluded that "
            "“the crew were tired”.",
            "The inquiry",
        ),
        (
            "An independent review of the ferry line came out on Monday. It found that "
            "“the crew were tired”.",
            "An independent review",
        ),
        # The person who ordered it is named between: "it" is still the review, not him.
        (
            "The review was ordered by Councillor Bram Pellow. It concluded: “The crew were "
            "tired.”",
            "The review",
        ),
    ],
)
def test_it_after_a_document_is_the_document(paragraph: str, speaker: str) -> None:
    assert [s for _, s in _direct(paragraph)] == [speaker]


# Look-alikes: "it" is a body the cast knows, or no document was brought in.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "The Pellow Ferry Company runs six boats.",
                "The report was late. The Pellow Ferry Company said it was “sorry”.",
            ),
            "Pellow Ferry Company",
        ),
        (("The ferry sank in March. It said “nothing at all” to the crew.",), None),
    ],
)
def test_it_without_a_document_stays(paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert [s for _, s in _direct(*paragraphs)] == [speaker]
