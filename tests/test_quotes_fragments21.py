"""A fragment opening inside a reported clause is that clause's speaker's words, whatever
credit follows its marks: a cue of another speaker, a relaying outlet, a dash credit.

Invented text. Each case fails when the fragment takes the credit after its marks.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

INSIDE_THE_CLAUSE = [
    # (paragraphs, quoted text, expected speaker)
    # A time clause's statement, then another speaker's cue right after the marks.
    (
        (
            "Ada Kerr and Rolf Dunn spoke on Monday.",
            "After Kerr said that small ports might do better with “lower harbour fees,” "
            "Dunn said: “I do not agree with her at all.”",
        ),
        "lower harbour fees",
        "Ada Kerr",
    ),
    # A relaying outlet after the marks: the outlet reports, the clause's speaker speaks.
    (
        (
            "Mayor Ilse Varga met the union.",
            "Varga said those who doubted the deal should “read the small print,” "
            "according to the Harbour Post.",
        ),
        "read the small print",
        "Ilse Varga",
    ),
    # A live blog's dash credit names the item's writer, not the fragment's speaker.
    (
        (
            "Premier Tove Brandt faces a vote.",
            "Brandt said Monday that she will “form a stable cabinet” and insisted that her "
            "party was “still the first force in the valley.”--Ola Nes.",
        ),
        "still the first force in the valley.",
        "Tove Brandt",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), INSIDE_THE_CLAUSE)
def test_a_fragment_inside_the_clause_is_the_clauses_speakers(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/f21", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


OWN_CREDIT_STANDS = [
    # A quote opening after a comma or the sentence's start keeps the credit after it.
    (
        (
            "Ada Kerr and Rolf Dunn spoke on Monday.",
            "Kerr said the fees would rise, “and the small ports will suffer,” Dunn said.",
        ),
        "and the small ports will suffer",
        "Rolf Dunn",
    ),
    (
        ("Ada Kerr spoke on Monday.", "“The fees will rise,” Kerr said, according to the Post."),
        "The fees will rise",
        "Ada Kerr",
    ),
    (
        ("Ada Kerr spoke on Monday.", "“The fees will rise.” — Ola Nes"),
        "The fees will rise.",
        "Ola Nes",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), OWN_CREDIT_STANDS)
def test_a_quote_opening_a_clause_keeps_its_credit(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/g21", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)
