"""Words in marks inside a claim a possessive names are the claimant's, whoever else speaks
in the sentence: "Dunn mocked Kerr's claim that the port was “broke”" quotes Kerr.

Invented text. Each case fails when the fragment goes to the sentence's other speaker or to
nobody.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # A judgement's "that" clause: the words are the judge's.
    (
        (
            "Ada Kerr heads the port board. The candidates were hurt by the audit.",
            "The candidates were hurt by the audit and by board chair Ada Kerr's conclusion "
            "that the fees were “plainly unlawful.”",
        ),
        "plainly unlawful.",
        "Ada Kerr",
    ),
    # "assertion of a": the object the claim names, inside another speaker's cue.
    (
        (
            "Rolf Dunn and Ada Kerr clashed over the port.",
            "In a statement, Dunn called Kerr's assertion of a “right to the quay” false.",
        ),
        "right to the quay",
        "Ada Kerr",
    ),
    # A claim's clause opening the sentence, the claimant named in it.
    (
        (
            "Ada Kerr spoke in Bergen.",
            "Ada Kerr's accusation that the board is playing the “harbour card” drew fire.",
        ),
        "harbour card",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CASES)
def test_words_in_a_claim_are_the_claimants(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/c21", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)


KEPT = [
    # A speech verb inside the claim's clause names another speaker: not the claimant's.
    (
        (
            "Rolf Dunn and Ada Kerr clashed over the port.",
            "Ada Kerr's claim that Dunn called the port “broke” was false, Kerr said.",
        ),
        "broke",
        "Rolf Dunn",
    ),
    # ... and so does a cue after the claim's clause, its comma between ("said,").
    (
        (
            "Ada Kerr and Rolf Dunn spoke on Monday.",
            "Asked about Dunn's claim that the port was broke, Kerr said, “I think the facts "
            "matter here.”",
        ),
        "I think the facts matter here.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), KEPT)
def test_a_cue_inside_the_claim_keeps_its_speaker(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/k21", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert quotes[quoted].speaker == speaker, sorted(quotes)
