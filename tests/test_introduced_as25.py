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
        # A pronoun or a person as the object: the role is theirs, not the subject's.
        (
            (
                "Ada Kerr presented him as the new harbour master at a crowded hall.",
                "“I will begin by asking questions,” the harbour master said.",
            ),
            "the harbour master",
        ),
        (
            (
                "Ada Kerr hailed her opponent as the true winner of the evening.",
                "“I have nothing more to say,” the winner said.",
            ),
            "the winner",
        ),
        (
            (
                "Ada Kerr introduced her as the new pilot on Monday.",
                "“The ferry will run late,” the pilot said.",
            ),
            "the pilot",
        ),
    ],
)
def test_the_role_the_clause_gives(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _last_speaker(*paragraphs) == speaker
