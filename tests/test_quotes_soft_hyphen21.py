"""A soft hyphen (U+00AD) pasted into a name is invisible: the name still speaks."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraphs, direct quotes with their speakers)
    (
        (
            "The Harbour Post asked the port board about the plan.",
            "“We have not been briefed,” Ola \xadNes, a spokesman for the board, told the Post.",
        ),
        [("We have not been briefed", "Ola Nes")],
    ),
    (
        ("“The fees will rise,” said Ada \xadKerr, the mayor.",),
        [("The fees will rise", "Ada Kerr")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_soft_hyphen_in_a_name(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected
