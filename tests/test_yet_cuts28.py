"""A reported statement stops before ", yet" + a new subject, as before ", but" (lead, 28).

"X insists the port is thriving, yet Y says it is dying" gave X a statement running through
Y's clause at 0.96 (review28a P2).
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

_CAST = "Harbour chief Oona Vance and union leader Ravi Lund disagree about the port."


def _statements(paragraph: str) -> list[tuple[str, str | None]]:
    result = extract_quotes(Article(title="Port row", paragraphs=(_CAST, paragraph)))
    return [(q.text, q.speaker) for q in result.quotes if q.kind == QuoteKind.INDIRECT]


@pytest.mark.parametrize(
    ("paragraph", "statements"),
    [
        (
            "Vance insists the port is thriving, yet Lund says it is dying.",
            [("the port is thriving", "Oona Vance"), ("it is dying", "Ravi Lund")],
        ),
        (
            "Vance said the port would grow, yet the figures show it shrinking.",
            [("the port would grow", "Oona Vance")],
        ),
        # "yet" and no new subject: the speaker's own contrast, kept whole.
        (
            "Vance said the plan was costly, yet necessary.",
            [("the plan was costly, yet necessary", "Oona Vance")],
        ),
        (
            "The port is thriving, yet fragile, Vance said.",
            [("The port is thriving, yet fragile", "Oona Vance")],
        ),
    ],
)
def test_yet_and_a_new_subject_end_the_statement(
    paragraph: str, statements: list[tuple[str, str | None]]
) -> None:
    assert _statements(paragraph) == statements
