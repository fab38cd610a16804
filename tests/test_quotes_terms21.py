"""Scare quotes, names and glosses the term rules missed: a word of order before the noun, a name
given after "a"/"an", a translation ("Latin for “…”") (issue 11, kind 3)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.marks import spans_in_paragraph
from store.quotes.term_shapes import named_term
from store.quotes.terms import is_term


def uncued(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span, with whether it is a term when no cue of its sentence claims it."""
    return [
        (paragraph[s.start : s.end], is_term(paragraph, s, cued=False))
        for s in spans_in_paragraph(0, paragraph)
    ]


def named(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span, with whether the sentence names something by it."""
    return [
        (paragraph[s.start : s.end], named_term(paragraph, s))
        for s in spans_in_paragraph(0, paragraph)
    ]


UNCUED = [
    # (paragraph, [(quoted text, a term when no cue claims it)])
    # A word of order between the determiner and the noun the phrase qualifies.
    ("Lund won the earlier “undercard” debate.", [("undercard", True)]),
    ("It was the first “open quay” vote.", [("open quay", True)]),
    ("The other “harbour plan” draft lost.", [("harbour plan", True)]),
    # ... but no noun after the marks, or a speech noun there, keeps the words someone's.
    ("Lund lost the earlier “round.”", [("round.", False)]),
    ("Lund made the last “not yet” remark.", [("not yet", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNCUED)
def test_order_word_before_the_noun(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert uncued(paragraph) == expected


NAMED = [
    # (paragraph, [(quoted text, a name)])
    # After "a"/"an", a naming participle names the noun, even one that can speak.
    ("The clip came from an account called “Quay Watch” on Friday.", [("Quay Watch", True)]),
    ("A docker named “Big Ole” led the march.", [("Big Ole", True)]),
    # ... while "the"/a name before the verb is its subject, speaking.
    ("The mayor called “reckless” the plan to close the quay.", [("reckless", False)]),
    ("Lund called “a fiasco” the new toll.", [("a fiasco", False)]),
    # ... and a comma after the noun opens an aside about the person.
    ("A docker, called “a hero” by many, spoke.", [("a hero", False)]),
    # A gloss of other words: the writer's translation, nobody's statement.
    (
        "Her motto, “Festina lente,” is Latin for “make haste slowly.”",
        [("Festina lente", False), ("make haste slowly.", True)],
    ),
    (
        "The sign read “Hav det,” which translates roughly as “take care.”",
        [("Hav det", False), ("take care.", True)],
    ),
    (
        "He called it “the 90,” shorthand for “the ninety-day rule.”",
        [("the 90", False), ("the ninety-day rule.", True)],
    ),
    # ... while a verb of speech before "for" is a person's words.
    ("Lund asked for “a fair deal.”", [("a fair deal.", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAMED)
def test_named_or_glossed(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert named(paragraph) == expected


ARTICLES: list[tuple[tuple[str, ...], list[tuple[str, str | None]]]] = [
    # (paragraphs, direct quotes with their speakers)
    (
        (
            "Sigrid Lund and Tom Reyes debated on Friday.",
            "Lund and Reyes, in the first “warm-up” debate, did best on points.",
        ),
        [],
    ),
    (
        (
            "Sigrid Lund runs the port campaign.",
            "Her campaign posted a clip from an account called “Reyes Watch” on Friday.",
        ),
        [],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), ARTICLES)
def test_terms_in_articles(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected
