"""Named speakers stop 22 (issue 11): "it said" never stands for people named together
(store.quotes.it_referents); the known shapes of the last stop are pinned."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Sen. Ada Kerr and Gov. Tom Vance spoke at the harbour rally on Monday."


def _speaker(paragraph: str) -> str | None:
    quotes = extract_quotes(Article(title="Rally", paragraphs=(LEDE, paragraph))).quotes
    return next(q.speaker for q in quotes if q.paragraph == 1)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # "it" is a body: the two people of the lede are no "it", and no body is named.
        ("Norvex answered on Tuesday. “We follow every law,” it said.", None),
        ("Norvex declined to comment. In a statement, it said “we follow every law.”", None),
        # Kept: a body named before "it" is its speaker.
        ("The Harbour Authority answered on Tuesday. “We follow every law,” it said.",
         "Harbour Authority"),
    ],
)
def test_it_never_stands_for_people_named_together(paragraph: str, speaker: str | None) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A name inside an of-phrase before the cue is not the speaker: the group is, or none.
        ("“The plan will ruin the harbour,” opponents of Bo Renn said.", "opponents of Bo Renn"),
        ("Critics of Gov. Vance said “the plan will ruin the harbour.”", "Critics of Gov. Vance"),
        # "with Y -ing": the spokesman named after "with" speaks.
        ("The firm pushed back, with spokeswoman Lena Moss saying “we follow every law.”",
         "Lena Moss"),
        ("“We will win in the fall,” the Republican Party said.", "Republican Party"),
    ],
)
def test_known_shapes_of_the_last_stop(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker
