"""Quoted names of works, shows and nicknames are terms: nobody is quoted saying them."""

from __future__ import annotations

import pytest

from store.quotes.marks import spans_in_paragraph
from store.quotes.terms import is_term


def terms(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span of the paragraph, with whether it is a term."""
    return [
        (paragraph[s.start : s.end], is_term(paragraph, s))
        for s in spans_in_paragraph(0, paragraph)
    ]


CASES = [
    # (paragraph, [(quoted text, is a term)])
    # A capitalised name beside a word for a work, before or after the marks.
    ("She stars in the streaming thriller “Fjordland” this spring.", [("Fjordland", True)]),
    ("The book “Cold Harbour” sold well in Bergen.", [("Cold Harbour", True)]),
    ("The “Late Call” sketch aired on Sunday.", [("Late Call", True)]),
    ("The tolls are mocked in a play called “Pay & Go,” staged in Oslo.", [("Pay & Go", True)]),
    # An outlet's show: a possessive right before the marks.
    (
        "“We sail,” Lind told Fjord TV’s “Morning Hour” on Monday.",
        [("We sail", False), ("Morning Hour", True)],
    ),
    # A nickname between a first name and a surname.
    ("Trawler captain Olaf “Ole” Nygaard of Bergen spoke.", [("Ole", True)]),
    ("Gov. K.T. “Buzz” Nygaard spoke first.", [("Buzz", True)]),
    # Speech beside the same words keeps its case and punctuation: it is someone's.
    ("Lind called the film “a waste of money,” and left.", [("a waste of money", False)]),
    ("Of the show she said: “Nobody Watches It.”", [("Nobody Watches It.", False)]),
    ("Of the show she said: “Nobody Watches It”", [("Nobody Watches It", False)]),
    ("Lind’s “Get Out Now!” line drew boos.", [("Get Out Now!", False)]),
    # Title Case speech with no work beside it is left to the speech patterns.
    ("“We Will Win,” Lind said.", [("We Will Win", False)]),
    # In a Title Case heading, capitalised words around a quote are no name.
    ("Why She Felt “Alone” As A Child.", [("Alone", False)]),
    # Scare quotes at large are not judged here.
    ("He beat the “establishment” candidate.", [("establishment", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_is_term(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert terms(paragraph) == expected


def test_unclosed_quote_is_never_a_term() -> None:
    # A quote running into the next paragraph is speech carried on, whatever its case.
    paragraph = "The show “Night Ferry"
    assert terms(paragraph) == [("Night Ferry", False)]
