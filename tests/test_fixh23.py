"""Review fixes stop 23 (fixh23): an owner credit's words before the name (owner_credits), the
owner of a document the article brought in (document_owners), an open run whose paragraph has
its own cue (open_runs) and a faceless group's term inside a named speaker's report
(scare_quotes)."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _quotes(*paragraphs: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of every direct quote."""
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes if q.kind == QuoteKind.DIRECT]


def _speaker_of(text: str, *paragraphs: str) -> str | None:
    found = [speaker for quoted, speaker in _quotes(*paragraphs) if quoted.startswith(text)]
    assert found, f"no quote {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # Only role words may stand before the owner's name: fans of X, critics like X are
        # other people.
        (
            (
                "“It was the worst game.” That was the reaction of fans of Ada Kerr across the city.",
            ),
            "It was the worst game",
            None,
        ),
        (
            ("“It was the worst game.” That is the view of critics like Bo Renn.",),
            "It was the worst game",
            None,
        ),
        # Kept: a lower-case title opens the name.
        (
            ("“It was the worst game.” That was the verdict of councillor Bo Renn.",),
            "It was the worst game",
            "Bo Renn",
        ),
        (
            ("“It was the worst game.” That was the verdict of Senator Bo Renn.",),
            "It was the worst game",
            "Bo Renn",
        ),
        # The statement is its subject's, not a name later in the sentence.
        (
            (
                "Ada Kerr spoke to the board about Bo Renn, then said in a statement that she "
                "would resign.",
                "“I have done my part,” the statement said.",
            ),
            "I have done my part",
            "Ada Kerr",
        ),
        (
            (
                "Tom Lind, who has sued the Acme Corp. for years, said in a statement that he "
                "would go on.",
                "“We will win,” the statement said.",
            ),
            "We will win",
            "Tom Lind",
        ),
        # A name in a clause opening the sentence is not its subject: unsure, the document.
        (
            (
                "After meeting Bo Renn, Ada Kerr said in a statement that she would resign.",
                "“I have done my part,” the statement said.",
            ),
            "I have done my part",
            "the statement",
        ),
        (
            (
                "On Monday, the Acme Corp. said in a statement that it would appeal.",
                "“The ruling is wrong,” the statement said.",
            ),
            "The ruling is wrong",
            "Acme Corp",
        ),
        # The subject is a possessed noun: the lawyer's statement, not his client's.
        (
            (
                "Bo Renn's lawyer said in a statement that the claims were false.",
                "“Our client has done nothing wrong,” the statement said.",
            ),
            "Our client has done nothing wrong",
            "Renn's lawyer",
        ),
        # Kept: the body that said it.
        (
            (
                "The Acme Corp. said in a statement that it would appeal.",
                "“The ruling is wrong,” the statement said.",
            ),
            "The ruling is wrong",
            "Acme Corp",
        ),
        # An open paragraph with a cue of its own is not the next credit's.
        (
            (
                "“The plan is dead and everyone knows it, Tom Lind told the crowd.",
                "“Nonsense,” Ada Kerr replied.",
            ),
            "The plan is dead",
            None,
        ),
        # ... nor is a run a reply closes.
        (
            ("“The plan is dead and everyone knows it.", "“Nonsense,” Ada Kerr replied."),
            "The plan is dead",
            None,
        ),
        # Kept: a run credited at its end.
        (
            ("“I remember the night.", "“I still cannot sleep,” Ada Kerr said."),
            "I remember the night",
            "Ada Kerr",
        ),
    ],
)
def test_speaker(paragraphs: tuple[str, ...], quote: str, speaker: str | None) -> None:
    assert _speaker_of(quote, *paragraphs) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # The term sits in the experts' clause Lind reports: his citation of their word.
        "Some experts warn that the “miracle cure” is a fraud, Tom Lind said.",
        "Some experts warn that the “tipping point” is near, said Ada Kerr.",
        "Some experts warn that the “tipping point” is near.",
    ],
)
def test_a_faceless_groups_term_is_no_direct_quote(paragraph: str) -> None:
    assert _quotes(paragraph) == []
