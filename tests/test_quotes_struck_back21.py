"""A short clause before the comma of an -ing cue is the cue's own subject, not an opening
phrase to skip: "Kerr struck back, saying that Dunn was not “fit”" is Kerr's saying.

Invented text. Each case fails when the verb before the comma is no speech verb and the
clause is skipped as an opening phrase, leaving the cue without a subject.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraphs, quoted text, expected speaker)
    (
        (
            "Ada Kerr and Rolf Dunn debated the port.",
            "Dunn doubted Kerr. Kerr struck back, saying at a rally that Dunn was not “fit” "
            "for the post.",
        ),
        "fit",
        "Ada Kerr",
    ),
    (
        (
            "Ada Kerr and Rolf Dunn debated the port.",
            "Dunn defended the toll, calling it an “absolute necessity” for the harbour.",
        ),
        "absolute necessity",
        "Rolf Dunn",
    ),
    # An opening adverb and its comma stay an opening: the quote is the speaker's before.
    (
        (
            "Ada Kerr runs the port.",
            "“The board is supposed to help,” Kerr said. Instead, “it just ignores the dockers.”",
        ),
        "it just ignores the dockers.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CASES)
def test_the_clause_before_an_ing_cue_speaks(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/s21", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)
