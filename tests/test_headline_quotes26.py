"""Quotes in headlines: a capitalised role before the credit, a full name the body never
quotes, and quoted words the body quotes in full (probe26 pattern 6).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_CHAMPION = "Chess champion Ilse Marrow won her fifth title on Sunday in Bruck."
_FISHER = "Oskar Velde lost his boat in the winter gales off Kessel."


def _headline(title: str, *paragraphs: str) -> tuple[str, str | None, float] | None:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    found = [(q.text, q.speaker, q.confidence) for q in quotes if q.paragraph is None]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("title", "paragraphs", "quote", "speaker"),
    [
        # store.quotes.headline_credits.capitalised_role: the headline's capital on the role.
        (
            "'I never sleep before a final': Chess champion Ilse Marrow",
            (_CHAMPION, "She spoke about her rivals."),
            "I never sleep before a final",
            "Ilse Marrow",
        ),
        (
            "“I never sleep before a final”: Chess champion Ilse Marrow",
            (_CHAMPION, "“I still lose sleep,” she said."),
            "I never sleep before a final",
            "Ilse Marrow",
        ),
        # A role before the name that introduces quoted words after a colon.
        (
            "Chess champion Ilse Marrow: ‘I never sleep before a final’",
            (_CHAMPION, "She spoke about her rivals."),
            "I never sleep before a final",
            "Ilse Marrow",
        ),
        # store.quotes.headline_credits.quoted_full_name: no body quote of his, yet a full name
        # the article never writes in lower case, credited with words in marks.
        (
            "'The sea took everything' - Oskar Velde",
            (_FISHER, "He has fished there for 30 years."),
            "The sea took everything",
            "Oskar Velde",
        ),
        (
            "Oskar Velde: 'The sea took everything'",
            (_FISHER, "He has fished there for 30 years."),
            "The sea took everything",
            "Oskar Velde",
        ),
        # store.quotes.headline_echoes: the headline's words are a run of a body quote.
        (
            "Port chief hails 'deal for every family'",
            (
                "“This is a historic deal for every family in Kessel,” said the port chief, Ada Kerr.",
            ),
            "deal for every family",
            "Ada Kerr",
        ),
        (
            "Mayor told staff to 'say nothing at all' about leak",
            ("Mayor Ada Kerr told staff to “say nothing at all” about the leak, an email shows.",),
            "say nothing at all",
            "Ada Kerr",
        ),
    ],
)
def test_a_headline_quote_is_credited(
    title: str, paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    found = _headline(title, *paragraphs)
    assert found is not None
    assert found[:2] == (quote, speaker)
    assert found[2] <= 0.75  # a headline's credit is never surer than a headline's


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        # The fans speak, about her: no role before her name.
        ("'He is a genius': Fans praise Ilse Marrow", (_CHAMPION, "She spoke about her rivals.")),
        # Three words before the name: a clause about him ("sack"), not his role.
        (
            "'We thank him for his work': Wexley sack manager Tom Brill",
            ("Wexley sacked manager Tom Brill on Monday.", "He joined in 2019."),
        ),
        (
            "Wexley sack manager Tom Brill: 'We thank him for his work'",
            ("Wexley sacked manager Tom Brill on Monday.", "He joined in 2019."),
        ),
        # A storm's name: "storm" is written in lower case in the article.
        (
            "Storm Ilsa: 'worst in decades'",
            ("Storm Ilsa hit the coast on Monday. The storm cut power to 40,000 homes.",),
        ),
        # One echoed word is anyone's.
        (
            "Port chief hails 'historic' deal",
            (
                "“This is a historic deal for every family in Kessel,” said the port chief, Ada Kerr.",
            ),
        ),
        # Two words echo a whole body quote whose credit is only a description: a guess.
        (
            "Mayor told staff to 'say nothing' about leak",
            ("The mayor told staff to “say nothing” about the leak, an email shows.",),
        ),
        # Two words out of a longer quote: a term the headline borrows.
        (
            "Port chief hails 'historic deal'",
            (
                "“This is a historic deal for every family in Kessel,” said the port chief, Ada Kerr.",
            ),
        ),
    ],
)
def test_a_headline_quote_is_not_credited(title: str, paragraphs: tuple[str, ...]) -> None:
    found = _headline(title, *paragraphs)
    assert found is None or found[1] is None
