"""An English bare surname two people bear follows the Russian policy (issue 11): before
either bearer is named it is the only bearer's, or no one's when there are several; a
headline's shared surname ("Kerr: …") is the lede's one bearer, else no one's. Invented text
only (store/quotes/namesake_policy.py)."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.extract import extract_quotes
from store.quotes.namesakes import SHARED_NAME

ADA = "Mayor Ada Kerr opened the fair."
TOM = "Her brother Tom Kerr also spoke."
SURE = 0.96  # confidence_of(SURNAME): a surname one person named by then bears

Credit = tuple[str, str | None, AttributionHow | None, float]


def credits(title: str, *paragraphs: str) -> list[Credit]:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker, q.how, q.confidence) for q in found]


BEFORE_ANY = [
    # (paragraphs, expected credits)
    # The cue before either Kerr is named: which one no reader can tell, so no one's words.
    (("Prices will not rise, Kerr said.", ADA, TOM), []),
    (
        ("\u201cThe fair will run all month,\u201d Kerr said.", ADA, TOM),
        [("The fair will run all month", None, None, 0.0)],
    ),
    # The same in the lede's own paragraph, both Kerrs named after the cue.
    (("Prices will not rise, Kerr said. " + ADA, TOM), []),
    # One Kerr in the article: his, wherever he is named.
    (
        ("Prices will not rise, Kerr said.", TOM),
        [("Prices will not rise", "Tom Kerr", AttributionHow.SURNAME, SURE)],
    ),
    # Named by then, the other later: hers, sure (unchanged).
    (
        (ADA, "Prices will not rise, Kerr said.", TOM),
        [("Prices will not rise", "Ada Kerr", AttributionHow.SURNAME, SURE)],
    ),
    # Both named by then: the one named last, capped (unchanged).
    (
        (ADA, TOM, "Prices will not rise, Kerr said."),
        [("Prices will not rise", "Tom Kerr", AttributionHow.SURNAME, SHARED_NAME)],
    ),
    # A title's sex tells them apart even before either is named.
    (
        ("Prices will not rise, Ms. Kerr said.", ADA, "Her brother Tom Kerr and he spoke."),
        [("Prices will not rise", "Ada Kerr", AttributionHow.SURNAME, SURE)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), BEFORE_ANY)
def test_a_bare_surname_before_its_bearers_is_the_only_ones(
    paragraphs: tuple[str, ...], expected: list[Credit]
) -> None:
    assert credits("News", *paragraphs) == expected


HEADLINES = [
    # (title, paragraphs, the headline's speaker)
    # The lede names one Kerr, a later paragraph the other: the lede's.
    ("Kerr: prices will not rise", (ADA, TOM), "Ada Kerr"),
    ("Kerr: prices will not rise", ("Councillor Tom Kerr spoke first.", ADA), "Tom Kerr"),
    # The lede names both: no telling whose.
    ("Kerr: prices will not rise", (f"{ADA} {TOM}",), None),
    # The lede names neither: no one's.
    ("Kerr: prices will not rise", ("The fair opened on Sunday.", ADA, TOM), None),
    ("Kerr says prices will not rise", ("The fair opened on Sunday.", ADA, TOM), None),
    # One Kerr in the article: hers, wherever she is named.
    ("Kerr: prices will not rise", ("The fair opened on Sunday.", ADA), "Ada Kerr"),
    # A full name in the headline says which Kerr.
    ("Tom Kerr: prices will not rise", (f"{ADA} {TOM}",), "Tom Kerr"),
]


@pytest.mark.parametrize(("title", "paragraphs", "speaker"), HEADLINES)
def test_a_headlines_shared_surname_is_the_ledes_one_bearer(
    title: str, paragraphs: tuple[str, ...], speaker: str | None
) -> None:
    found = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    headline = [q.speaker for q in found if q.how == AttributionHow.HEADLINE]
    assert headline == ([speaker] if speaker else [])


CAPPED = [
    # (paragraphs, expected credit): the cap holds only for people who share the word where
    # the speaker has it, as answers count namesakes (store/search/namesakes.py).
    # A first name that is the cue's surname is no namesake: "Kerr" is Ada Kerr, sure.
    (
        (ADA, "Her deputy Kerr Hale spoke next.", "Prices will not rise, Kerr said."),
        ("Ada Kerr", SURE),
    ),
    (
        (
            "Councillor John Hale spoke first.",
            "Mayor Tom John opened the fair.",
            "Prices will not rise, John said.",
        ),
        ("Tom John", SURE),
    ),
    # Two Adas and a bare "Ada": the cap holds.
    (
        (ADA, "Her deputy Ada Hale spoke next.", "Prices will not rise, Ada said."),
        ("Ada Hale", SHARED_NAME),
    ),
    # Two Kerrs named by then: the cap holds.
    ((ADA, TOM, "Prices will not rise, Kerr said."), ("Tom Kerr", SHARED_NAME)),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CAPPED)
def test_the_namesake_cap_counts_only_the_word_where_the_speaker_has_it(
    paragraphs: tuple[str, ...], expected: tuple[str, float]
) -> None:
    [(_, speaker, how, confidence)] = credits("News", *paragraphs)
    assert (speaker, how, confidence) == (*expected[:1], AttributionHow.SURNAME, expected[1])
