"""“...,” said the party's nominee: the one person the clause after a name made that
("Ada Kerr gave her speech as the Harbour Party's nominee", introduced_roles.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _last_speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Late on Friday, Ada Kerr gave her speech as the Harbour Party's nominee, "
                "calling her rival, Tom Vane, unfit for the office.",
                "“A man who sulks is not a man to trust with the port,” said the nominee.",
            ),
            "Ada Kerr",
        ),
        # An object with an article between: the role may be the object's.
        (
            (
                "Late on Friday, Ada Kerr backed the mayor of Dover as the Harbour Party's "
                "nominee, calling her rival, Tom Vane, unfit for the office.",
                "“A man who sulks is not a man to trust with the port,” said the nominee.",
            ),
            "the nominee",
        ),
    ],
)
def test_the_role_the_clause_gives(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _last_speaker(*paragraphs) == speaker
