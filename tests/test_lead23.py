"""A body's abbreviated suffix before its speech verb: "Acme Inc. said" names Acme Inc.

The full stop of "Inc." ended the speaker's chunk, so the verb had no subject: the quote went
uncredited and the reported statement was never read, while "said Acme Inc., its owner" was.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

CASES = [
    ("“We will talk,” Acme Inc. said.", QuoteKind.DIRECT, "Acme Inc"),
    ("“We will talk,” the Harbour Corp. said.", QuoteKind.DIRECT, "Harbour Corp"),
    ("Acme Corp. said that talks with the union would go on.", QuoteKind.INDIRECT, "Acme Corp"),
    (
        "Dover Shipping Co. said the ferry would sail again on Friday.",
        QuoteKind.INDIRECT,
        "Dover Shipping Co",
    ),
    # Unchanged: a title's abbreviation, and a sentence that ends on a plain word.
    ("“We will talk,” Sen. Ada Kerr said.", QuoteKind.DIRECT, "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "kind", "speaker"), CASES)
def test_a_body_suffix_abbreviation_keeps_its_subject(
    paragraph: str, kind: QuoteKind, speaker: str
) -> None:
    attribution = extract_quotes(Article(title="Harbour talks", paragraphs=(paragraph,)))
    found = [q for q in attribution.quotes if q.kind == kind]
    assert found and found[0].speaker == speaker


def test_a_plain_word_before_the_stop_still_ends_the_chunk() -> None:
    text = "Talks went on all night at the port. Kerr said that the union would sign soon."
    attribution = extract_quotes(Article(title="Harbour talks", paragraphs=(text,)))
    assert [q.speaker for q in attribution.quotes if q.kind == QuoteKind.INDIRECT] == ["Kerr"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The authority said on Tuesday that talks with the union would go on.",
        "The harbour authority said that talks with the union would go on.",
    ],
)
def test_an_authority_speaks_for_itself(paragraph: str) -> None:
    # "authority" was no word for a body, so "The authority said that …" had no speaker
    # and the statement was dropped, where "The ministry said that …" was read.
    attribution = extract_quotes(Article(title="Harbour talks", paragraphs=(paragraph,)))
    speakers = [q.speaker for q in attribution.quotes if q.kind == QuoteKind.INDIRECT]
    assert len(speakers) == 1 and speakers[0] is not None and "authority" in speakers[0]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The ferry sank off the coast on Monday, police said.",
        "A ferry carrying 40 people sank off the coast on Monday, police said.",
        "The crew slept on deck until dawn, police said.",
    ],
)
def test_an_irregular_past_shows_the_statement_has_its_verb(paragraph: str) -> None:
    # Only a known past ("took", "fell") or an "-ed" word showed the statement before a
    # closing credit had its verb: "The ferry sank …, police said" was dropped whole.
    attribution = extract_quotes(Article(title="Ferry sinks", paragraphs=(paragraph,)))
    assert [q.speaker for q in attribution.quotes if q.kind == QuoteKind.INDIRECT] == ["police"]
