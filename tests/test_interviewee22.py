"""An interview's answers go to its one interviewee; two people named as often in its intro
leave the answers with nobody (store.quotes.layouts.interviewee, review22b's item 2)."""

from __future__ import annotations

from store.models import Article
from store.quotes.extract import extract_quotes


def _answers(intro: str) -> list[str | None]:
    paragraphs = (
        intro,
        "Why did the pier close?",
        "A: The council ran out of money.",
        "Will it reopen?",
        "A: Not this year, and maybe not the next.",
    )
    quotes = extract_quotes(Article(title="Pier", paragraphs=paragraphs)).quotes
    return [q.speaker for q in quotes if q.paragraph in (2, 4)]


def test_two_people_named_alike_leave_the_answers_with_nobody() -> None:
    answers = _answers("Ada Kerr and Bo Renn answered readers' questions on Monday.")
    assert answers and all(speaker is None for speaker in answers)


def test_the_one_interviewee_answers() -> None:
    answers = _answers("Ada Kerr, the harbour master, answered readers' questions on Monday.")
    assert answers == ["Ada Kerr", "Ada Kerr"]
