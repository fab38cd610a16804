"""Quoted words the sentence names something by, talks about or dates: terms, cue or not."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.marks import spans_in_paragraph
from store.quotes.term_shapes import named_term


def shapes(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span of the paragraph, with whether the sentence makes it a term."""
    return [
        (paragraph[s.start : s.end], named_term(paragraph, s))
        for s in spans_in_paragraph(0, paragraph)
    ]


CASES = [
    # (paragraph, [(quoted text, a term)])
    # A thing named by the words: a noun and a naming participle right before the marks.
    ("The union hired a boat called “Toll-Troll” for the protest.", [("Toll-Troll", True)]),
    (
        "Sigrid Lund, the blogger known as “Harbourwatch,” said she would sue.",
        [("Harbourwatch", True)],
    ),
    ("They closed the tax gap called a “quay loophole” in May.", [("quay loophole", True)]),
    ("Dock workers staged a satire titled “Pay Up, Sailor” in Bergen.", [("Pay Up, Sailor", True)]),
    # "titled" is never a verb of speech: a name after a speaking noun, a comma between.
    ("The union ad, titled “Sailor?”, ends on the quay.", [("Sailor?", True)]),
    ("The mayor's memo titled “Quay Plan” was leaked.", [("Quay Plan", True)]),
    # ... while "called" after a comma is an aside about the person: read as before.
    ("Tom Reyes, called “the Fixer” by rivals, spoke.", [("the Fixer", False)]),
    # Announced as a term, even with a cue in the sentence.
    ("Few can win so-called “open” ballots, Reyes said.", [("open", True)]),
    # A naming verb after a person, a pronoun or a helper is speech: the subject's words.
    ("Tom Reyes, whom he called “a menace,” left early.", [("a menace", False)]),
    ("The mayor called “reckless” the plan to close the quay.", [("reckless", False)]),
    ("Critics dubbed “a fiasco” the new toll.", [("a fiasco", False)]),
    ("The plan has been called “a fiasco” by many.", [("a fiasco", False)]),
    # Words talked about as words: opening their sentence before a verb of being or a gloss.
    ("“Restricted” is the lowest grade of the harbour files.", [("Restricted", True)]),
    ("“Containment” has been the board’s policy since 1990.", [("Containment", True)]),
    ("“Ferrygeld” (the old quay toll) was dropped in 1920.", [("Ferrygeld", True)]),
    ("Reyes wrote it down. “Draft” means it can still change.", [("Draft", True)]),
    # ... but a verb of being then "how" or "what" points to someone's words.
    ("“Reckless” was how Reyes put it.", [("Reckless", False)]),
    # ... and so does a speech verb in the rest of the sentence.
    ("“Unfair” was the word the minister used.", [("Unfair", False)]),
    ("“Restricted” is a grade, Reyes said.", [("Restricted", False)]),
    # ... and speech of more than a few words, or ending on its own stop, stays speech.
    ("“We will not pay the toll” is the union’s reply.", [("We will not pay the toll", False)]),
    ("“No.” is all Reyes said.", [("No.", False)]),
    # ... and a word in marks inside its sentence is left to the other rules.
    ("The board calls it “restricted” in its files.", [("restricted", False)]),
    # A dated item of a list: a poster's or a work's words, with its year in brackets.
    (
        "“No toll on our quay!” (1998) — “Ferries for all” (poster, 2004).",
        [("No toll on our quay!", True), ("Ferries for all", True)],
    ),
    # A figure in brackets is no date.
    ("“We lost” (by 300 votes), Reyes said.", [("We lost", False)]),
    # A year after other words dates the saying, not a work: speech still.
    ("Reyes called it “a disaster” (in 2019) and left.", [("a disaster", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_named_term(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert shapes(paragraph) == expected


def test_unclosed_quote_is_never_a_named_term() -> None:
    # A quote running into the next paragraph is speech carried on.
    assert shapes("A satire titled “Pay Up") == [("Pay Up", False)]


ARTICLES = [
    # (paragraphs, direct quotes with their speakers)
    (
        # A so-called term is nobody's quote, though a cue ends its sentence.
        (
            "Sigrid Lund runs the port.",
            "Few ferries can win so-called “open” slots, Lund said. “We lost ours,” she added.",
        ),
        [("We lost ours", "Sigrid Lund")],
    ),
    (
        # A grade talked about after the speaker's own quote: only the quote is hers.
        (
            "Sigrid Lund runs the harbour archive.",
            "“Most files are public,” Lund said. “Restricted” is the lowest grade of them.",
        ),
        [("Most files are public", "Sigrid Lund")],
    ),
    (
        # The same shapes in BBC-style single marks.
        (
            "Sigrid Lund runs the port.",
            "Few ferries can win so-called 'open door' slots, Lund said. 'We lost ours,' she added.",
        ),
        [("We lost ours", "Sigrid Lund")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ARTICLES)
def test_named_terms_in_articles(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected
