"""A live blog's "Body job Full Name (on topic):" credit names the person (probe26 pattern 7).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_QUOTE = "“He is quick and he finishes his chances.”"


def _speakers(paragraph: str) -> list[str | None]:
    article = Article(
        title="Deadline day - live",
        paragraphs=("09:02 Welcome to our coverage of deadline day.", paragraph),
    )
    return [q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"]


# store.quotes.boss_credits: "boss" read as a verb made the club the speaker.
@pytest.mark.parametrize(
    "paragraph",
    [
        f"16:50 Wexley Town boss Arno Hallik on his new signing: {_QUOTE}",
        f"16:50 Wexley boss Arno Hallik: {_QUOTE}",
        f"Wexley Town chief Arno Hallik on the deal: {_QUOTE}",
    ],
)
def test_the_full_name_after_a_body_and_its_job_speaks(paragraph: str) -> None:
    assert _speakers(paragraph) == ["Arno Hallik"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Two words between the body and the name: news about him, the club's verb.
        f"16:50 Wexley sack manager Arno Hallik: {_QUOTE}",
        # A verb, not a job: the fans' words, not his.
        f"16:50 Wexley fans cheer Arno Hallik on his return: {_QUOTE}",
    ],
)
def test_a_clause_about_a_name_is_no_credit_of_his(paragraph: str) -> None:
    assert _speakers(paragraph) != ["Arno Hallik"]
