"""Word lists merged into one per concept read every word of the merged list.

The family relations are one list (lexicon.KIN_WORDS): each is a noun for a person, so "the
grandson said" speaks as "the son said" did. The finite auxiliaries are one list
(lexicon.FINITE_AUXILIARIES): "do" before "and" ends a clause as "does" did, and "did" or
"shall" after a plural noun make it a noun ("states did not"), as "could" did.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes

KIN_CASES = [
    ("“We sail at dawn,” the grandson said.", QuoteKind.DIRECT, "the grandson"),
    ("The twin said the boat had sunk.", QuoteKind.INDIRECT, "The twin"),
    (
        "The granddaughter told reporters that the mill would close.",
        QuoteKind.INDIRECT,
        "The granddaughter",
    ),
    ("Her stepmother said that the harbour was quiet.", QuoteKind.INDIRECT, "Her stepmother"),
    # Unchanged: a relation both lists always held.
    ("“We sail at dawn,” the son said.", QuoteKind.DIRECT, "the son"),
]


@pytest.mark.parametrize(("paragraph", "kind", "speaker"), KIN_CASES)
def test_every_family_relation_can_speak(paragraph: str, kind: QuoteKind, speaker: str) -> None:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=(paragraph,)))
    assert [q.speaker for q in attribution.quotes if q.kind == kind] == [speaker]


AUXILIARY_CASES = [
    # "do" is finite: the clause before "and" ends there, the paper's words follow.
    (
        "Dock workers do not back the plan and Ledger Weekly will call it “a ruse” on Monday.",
        "Ledger Weekly",
    ),
    ("Dock workers do not back the plan and Ada Kerr will call it “a ruse” on Monday.", "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), AUXILIARY_CASES)
def test_do_ends_the_clause_before_and(paragraph: str, speaker: str) -> None:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=(paragraph,)))
    assert [q.speaker for q in attribution.quotes] == [speaker]


PLURAL_NOUN_CASES = [
    # "states did not": a plural noun and its verb, no one "states" the rest.
    ("The rules that states did not adopt were a mess, Kerr said.", ["Kerr"]),
    # Unchanged: "could" was always read so.
    ("The rules that states could not adopt were a mess, Kerr said.", ["Kerr"]),
]


@pytest.mark.parametrize(("paragraph", "speakers"), PLURAL_NOUN_CASES)
def test_a_plural_noun_before_any_auxiliary_is_no_cue(paragraph: str, speakers: list[str]) -> None:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=(paragraph,)))
    assert [q.speaker for q in attribution.quotes if q.kind == QuoteKind.INDIRECT] == speakers


def test_notes_before_shall_is_no_cue() -> None:
    # "Her notes shall stay": the notes, no one "notes" the word in marks.
    text = "Her notes shall stay “sealed” until May."
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=(text,)))
    assert [q.cue for q in attribution.quotes] == []
