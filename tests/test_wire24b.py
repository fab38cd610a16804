"""Wrong speakers in plain wire copy (invented articles, stop 24).

- A relative clause after the one addressed is that person's, not the teller's: '“It's over,”
  Klein told Nasser, who insisted the race was not over yet.' gave «who insisted …» to Klein.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote, QuoteKind
from store.quotes.extract import extract_quotes


def _quotes(*paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title="Town news", paragraphs=paragraphs)).quotes)


def _said(quotes: list[Quote], words: str) -> list[tuple[str | None, QuoteKind]]:
    return [(q.speaker, q.kind) for q in quotes if words in q.text]


TOLD_WHO = [
    ("“It's over,” Klein told Nasser, who insisted the race was not over yet.", "Nasser"),
    ("“That is a lie,” Farrow told Pike, who had accused her of hiding the accounts.", None),
    ("“We are done,” Dorn told the board, which said the vote would go ahead anyway.", None),
    ("“Stay,” Kerr told Vance, whom aides described as tired of the fight.", None),
]


@pytest.mark.parametrize(("paragraph", "relative_speaker"), TOLD_WHO)
def test_a_relative_clause_after_the_one_told_is_not_the_tellers(
    paragraph: str, relative_speaker: str | None
) -> None:
    quotes = _quotes(paragraph)
    teller = paragraph.split("” ")[1].split()[0]
    assert [q.speaker for q in quotes if q.kind == QuoteKind.DIRECT] == [teller]
    reported = [q for q in quotes if q.kind == QuoteKind.INDIRECT]
    assert all(q.speaker != teller for q in reported)
    assert all(not q.text.startswith(("who", "which", "whom")) for q in reported)
    if relative_speaker is not None:
        assert [q.speaker for q in reported] == [relative_speaker]


def test_the_told_clause_itself_still_reports() -> None:
    quotes = _quotes("Klein told Nasser the race was not over yet.")
    assert _said(quotes, "the race was not over") == [("Klein", QuoteKind.INDIRECT)]

