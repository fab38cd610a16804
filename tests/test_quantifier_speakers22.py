"""A quantifier standing alone names no one (store.quotes.junk_speakers): "Few would say the
plan failed" is nobody's statement, never a speaker called "Few" at 0.94 (probe22b's plural
"say" brought it out); a group's word keeps its statement."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

LEDE = "Mayor Ada Kerr spoke at the harbour on Monday."


def _speakers(paragraph: str) -> list[str | None]:
    quotes = extract_quotes(Article(title="Harbour", paragraphs=(LEDE, paragraph))).quotes
    return [q.speaker for q in quotes if q.paragraph == 1]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Few would say the harbour plan failed the town.",
        "Few would ever say the vote was fair.",
    ],
)
def test_a_lone_quantifier_is_no_speaker(paragraph: str) -> None:
    assert _speakers(paragraph) in ([None], [])  # speakerless, or no statement at all


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Critics say the dam is too old to hold another winter.", "Critics"),
        # "Others" stands for people the passage named: a group, kept.
        ("Others, angry at the delay, shouted, “Open the gates!”", "Others"),
    ],
)
def test_a_group_word_keeps_its_words(paragraph: str, speaker: str) -> None:
    assert _speakers(paragraph) == [speaker]
