"""An inverted owner credit in the quote's own sentence: "“…,” was the verdict of X" (lead, 28).

"“…,” came the reply from X" kept no speaker, and "“…,” was the verdict of X" carried the last
speaker on at 0.73: one person's words given to the other.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_OPENING = (
    "The council met on Monday. Treasurer Ida Brandt and Mayor Jon Fiske argued for an hour.",
    "“The pool is a promise,” Fiske said.",
)


def _last_speaker(paragraph: str) -> str | None:
    result = extract_quotes(Article(title="Pool row", paragraphs=(*_OPENING, paragraph)))
    return result.quotes[-1].speaker


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“That is not what the auditors think,” came the reply from Brandt.", "Ida Brandt"),
        ("“The sums were never checked by anyone,” was the verdict of Brandt.", "Ida Brandt"),
        (
            "“The sums were never checked by anyone,” came a warning from one shareholder.",
            "one shareholder",
        ),
        ("‘The sums were never checked by anyone’, was the blunt view of Brandt.", "Ida Brandt"),
    ],
)
def test_the_owner_named_after_the_quote_speaks(paragraph: str, speaker: str) -> None:
    assert _last_speaker(paragraph) == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        # Other people's words: the fans', the deputy's. Nobody we can name, never Fiske.
        "“We will never vote for this plan again,” was the reaction of fans of Fiske.",
        "“It is far too late for all of that now,” was the view of Brandt’s deputy.",
    ],
)
def test_an_owner_no_one_can_name_is_not_the_last_speaker(paragraph: str) -> None:
    assert _last_speaker(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A counted group owns the words; the cue later in the sentence is the asker's
        # (review28a P1: "asked" gave Brandt the residents' "Never" at 0.94).
        (
            "“Never,” was the reply of many residents when Brandt asked whether it should close.",
            "many residents",
        ),
        (
            "“We will fight it,” was the verdict of several traders at the meeting.",
            "several traders",
        ),
    ],
)
def test_a_counted_group_owns_its_reply(paragraph: str, speaker: str) -> None:
    assert _last_speaker(paragraph) == speaker
