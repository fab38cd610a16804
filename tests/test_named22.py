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
        (
            "The Harbour Authority answered on Tuesday. “We follow every law,” it said.",
            "Harbour Authority",
        ),
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
        (
            "The firm pushed back, with spokeswoman Lena Moss saying “we follow every law.”",
            "Lena Moss",
        ),
        ("“We will win in the fall,” the Republican Party said.", "Republican Party"),
    ],
)
def test_known_shapes_of_the_last_stop(paragraph: str, speaker: str) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A body-opening title word and one word no one is known by: the body's whole name.
        ("“We follow every law,” General Sprockets said.", "General Sprockets"),
        ("National Kettle said “we follow every law.”", "National Kettle"),
        ("“We follow every law,” said Federal Widgets.", "Federal Widgets"),
        # Kept: the abbreviated rank is a person's title; a known surname stays that person.
        ("“We follow every law,” Gen. Lind said.", "Lind"),
        ("“We follow every law,” General Vance said.", "Tom Vance"),
        ("“We follow every law,” General Bo Renn said.", "Bo Renn"),
    ],
)
def test_a_speaker_is_the_whole_name_of_a_body_opening_with_a_title_word(
    paragraph: str, speaker: str
) -> None:
    assert _speaker(paragraph) == speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # An -ing cue after a "where" clause whose subject is a group: the group chants, never
        # the sentence's subject (who "spoke" before it).
        (
            "Kerr spoke near the old mill, where about 40 protesters had massed on Friday, "
            "chanting “no deal, no sail” after the talks failed.",
            "about 40 protesters",
        ),
        # Kept: "the" opens a subject the sentence reader takes; a name after "where" is
        # read as before; no group, the subject speaks.
        (
            "Kerr spoke near the mill, where the protesters had gathered, chanting “no deal.”",
            "the protesters",
        ),
        (
            "Kerr spoke near the mill, where Bo Renn had gathered his men, chanting “no deal.”",
            "Bo Renn",
        ),
        (
            "Kerr spoke near the mill, where the talks had stalled, saying “we will be back.”",
            "Ada Kerr",
        ),
        # A "who" clause closed by the cue's comma: the one "who" stands for chants.
        (
            "Kerr thanked the protesters, who stood in the rain, chanting “no deal.”",
            "the protesters",
        ),
        ("Kerr met Bo Renn, who led the march, saying “we will be back.”", "Bo Renn"),
    ],
)
def test_an_ing_cue_after_a_relative_clause_is_its_subjects(
    paragraph: str, speaker: str | None
) -> None:
    assert _speaker(paragraph) == speaker
