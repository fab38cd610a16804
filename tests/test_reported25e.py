"""Three shapes of ordinary news the reported reading missed: an approximate count opening
the clause ("said about 60 boats were lost", store/quotes/reported_shapes.py), a parent's
count before a name ("mother of three Ada Kerr said", store/quotes/kin_counts.py), and bodies
written by a common noun the lexicon lacked ("the trust said", "the chain said")."""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes
from tests.reported_cases import reported

APPROXIMATE_COUNTS = [
    (
        "Lars Holm said about 60 boats were lost in the storm.",
        [("about 60 boats were lost in the storm", "Lars Holm")],
    ),
    (
        "Lars Holm said more than 1.5 million fish had died.",
        [("more than 1.5 million fish had died", "Lars Holm")],
    ),
    ("Lars Holm said up to 40 crews would strike.", [("up to 40 crews would strike", "Lars Holm")]),
    (
        "Lars Holm said just over half of the crews were idle.",
        [("just over half of the crews were idle", "Lars Holm")],
    ),
    (
        "Lars Holm said nearly 300 people had left the island.",
        [("nearly 300 people had left the island", "Lars Holm")],
    ),
    # "about" with no number after it is the topic, and a count with no verb opens no clause.
    ("Lars Holm said little about the quota at the meeting.", []),
    ("Lars Holm spoke for about 40 minutes on Friday.", []),
    ("Lars Holm said about 40 times.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), APPROXIMATE_COUNTS)
def test_an_approximate_count_opens_the_statement(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


KIN_COUNTS = [
    (
        "Mother of three Mira Sollen said she had queued for two hours.",
        [("she had queued for two hours", "Mira Sollen")],
    ),
    (
        "At the clinic in Vardel, father of two Tavi Orrun said he had walked all night.",
        [("he had walked all night", "Tavi Orrun")],
    ),
    (
        "Grandmother of 11 Mira Sollen said the ferry was late again.",
        [("the ferry was late again", "Mira Sollen")],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), KIN_COUNTS)
def test_a_parents_count_describes_the_named_speaker(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


def test_a_pronoun_after_a_counted_parent_is_the_parent() -> None:
    # "three" before her name counts her children: she stays a "she", not one of a group.
    article = Article(
        title="A headline",
        paragraphs=(
            'Dr Tomas Vell said: "We cannot wait."',
            "At the clinic, mother of three Oyelu Danbaro said she had queued for hours."
            ' "I am grateful," she said.',
        ),
    )
    quotes = extract_quotes(article).quotes
    direct = [q.speaker for q in quotes if q.kind == QuoteKind.DIRECT and q.paragraph == 1]
    assert direct == ["Oyelu Danbaro"]


BODY_NOUNS = [
    (
        "The trust said it would not name the nesting site.",
        [("it would not name the nesting site", "The trust")],
    ),
    (
        "Fenwick Bakers will close nine shops by May, the chain said on Tuesday.",
        [("Fenwick Bakers will close nine shops by May", "the chain")],
    ),
    ("The consortium said it would bid again.", [("it would bid again", "The consortium")]),
    # "chain" heading something else speaks for nobody.
    ("The chain of events said little about the crews.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), BODY_NOUNS)
def test_a_body_written_by_its_common_noun_speaks(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected
