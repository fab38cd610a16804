"""Job words the lexicon's ROLE_WORDS holds, read as a description's head (lexicon.py)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

PELLS = "Anna and Tom Pell said they had been told nothing. “We were misled,” Mrs Pell said."


def _speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Clinic news", paragraphs=paragraphs)).quotes
    return quotes[-1].speaker


@pytest.mark.parametrize(
    ("job", "speaker"),
    [
        # A midwife is a job like a nurse's: the anonymous one who spoke, with two "who"
        # clauses before her verb, keeps the pronoun after her words, not the woman before.
        ("midwife", "A senior midwife"),
        ("nurse", "A senior nurse"),
    ],
)
def test_an_anonymous_job_keeps_the_pronoun(job: str, speaker: str) -> None:
    words = (
        f"A senior {job} who worked at the unit, and who asked not to be named, said staff "
        "had raised concerns “many times”. “We were told to carry on,” she said."
    )
    assert _speaker(PELLS, words) == speaker


def test_a_midwife_before_a_name_is_her_role() -> None:
    quotes = extract_quotes(
        Article(title="Clinic news", paragraphs=("“We are full,” said midwife Ada Kerr.",))
    ).quotes
    assert (quotes[0].speaker, quotes[0].role) == ("Ada Kerr", "midwife")
