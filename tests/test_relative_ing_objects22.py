"""An -ing cue after a "who" clause whose object pronoun is the person "who" stands for is
the main subject's (store.quotes.relative_ing_cues): "Kerr praised Bo Renn, who retired in May,
calling him “…”" is Kerr's words about Renn, never Renn's (review22's item 4)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Ada Kerr chairs the harbour board."


def _speaker(paragraph: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=(LEDE, paragraph))).quotes
    return next(q.speaker for q in quotes if q.paragraph == 1)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Kerr praised Bo Renn, who retired in May, calling him “the best treasurer we had.”",
            "Ada Kerr",
        ),
        (
            "Kerr hugged Tom Vance, who had flown in from Oslo, telling him “this town owes you.”",
            "Ada Kerr",
        ),
        (
            "Kerr introduced Tom Vance, who chairs the fleet, describing him as “the best captain.”",
            "Ada Kerr",
        ),
        # Kept: with no pronoun for him, the clause's subject is the -ing verb's (named22).
        ("Kerr met Bo Renn, who led the march, saying “we will not be moved.”", "Bo Renn"),
    ],
)
def test_an_ing_verb_whose_object_is_the_who_person_is_the_main_subjects(
    paragraph: str, speaker: str | None
) -> None:
    assert _speaker(paragraph) == speaker
