"""Quoted words fused to a thing (printed on it, built into a word, cited): terms, cue or not."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.marks import spans_in_paragraph
from store.quotes.printed_terms import printed_term


def shapes(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span of the paragraph, with whether it is fused to a thing."""
    return [
        (paragraph[s.start : s.end], printed_term(paragraph, s))
        for s in spans_in_paragraph(0, paragraph)
    ]


CASES = [
    # (paragraph, [(quoted text, a term)])
    # Fused into a longer word by a hyphen.
    ("A glance at “toll”-worthy news shows the mood.", [("toll", True)]),
    # ... but a capital or a handle after the hyphen is a credit, a dash an aside.
    ("“We will pay”-Ola Nes, on the quay.", [("We will pay", False)]),
    # ... and a dash after the marks opens an aside: speech stays speech.
    ("His line — “We will pay” - was cheered.", [("We will pay", False)]),
    ("His slogan, “We will pay”—a promise—was cheered.", [("We will pay", False)]),
    # The words on a thing, right before its noun.
    ("A crowd in “We are Harbour” T-shirts marched.", [("We are Harbour", True)]),
    ("Lund earned “is it over?” headlines in May.", [("is it over?", True)]),
    ("Dockers wore “Vote Lund” pins and hats.", [("Vote Lund", True)]),
    # ... not a noun for something else, nor words closed on their own stop or comma.
    ("Lund called it “a disgrace” twice.", [("a disgrace", False)]),
    # ... nor a lower-case word qualifying signs or caps: someone's word, maybe.
    ("The port showed “early” signs of recovery, Lund said.", [("early", False)]),
    ("Lund wants “hard” caps on fees.", [("hard", False)]),
    ("“We are Harbour,” signs said.", [("We are Harbour", False)]),
    ("“Pay the dockers.” Signs went up.", [("Pay the dockers.", False)]),
    # A cited piece's headline in brackets: its outlet and date after it.
    (
        "I agree with Lund (“Lund wins the port vote,” HarbourNews.com, Friday).",
        [("Lund wins the port vote", True)],
    ),
    (
        "I agree with Lund (“Lund wins the port vote”, The Harbour Post, May 3).",
        [("Lund wins the port vote", True)],
    ),
    # ... but words in brackets credited to a person are that person's, a year after them.
    (
        "The port is old (“It will outlive us all,” Ada Kerr, 2019).",
        [("It will outlive us all", False)],
    ),
    ("The port voted (“We won,” Lund said) on Friday.", [("We won", False)]),
    ("The port voted (“We won”) on Friday.", [("We won", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_printed_term(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert shapes(paragraph) == expected


ARTICLES = [
    # (paragraphs, direct quotes with their speakers)
    (
        (
            "Sigrid Lund runs the port.",
            "Lund earned “is it over?” headlines in May. “We are not over,” she said.",
        ),
        [("We are not over", "Sigrid Lund")],
    ),
    (
        (
            "Letters.",
            "I agree with Sigrid Lund (“Lund wins the port vote,” HarbourNews.com, Friday).",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ARTICLES)
def test_printed_terms_in_articles(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected
