"""A scare quote in a clause whose subject does nothing with words is nobody's.

Invented text. A few words in marks with no cue of their own go to the subject of their
clause only when its verb speaks or judges ("dismissed the plan as “absurd”", "calls the
port a “quiet giant”"); "Kerr is building a “dry port”" is the writer's term, not Kerr's.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.stance_words import takes_a_stance

INTRO = "“We will grow,” said Ada Kerr, the head of the harbour agency."
CASES = [
    # (the paragraph after INTRO, quoted text, expected speaker: None for nobody's)
    ("Kerr is building a “dry port” beside the old rail yard.", "dry port", None),
    ("Kerr and the mayor ended in a “virtual tie” on the final vote.", "virtual tie", None),
    ("Kerr took to wearing a “harbour pin” at council meetings.", "harbour pin", None),
    # A verb of judging or naming keeps the words the subject's.
    ("Kerr dismissed the rival plan as “absurd” on Monday.", "absurd", "Ada Kerr"),
    ("Kerr calls the port a “quiet giant” of the coast.", "quiet giant", "Ada Kerr"),
    ("Kerr blamed the delay on “lazy planners” at the ministry.", "lazy planners", "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "quoted", "speaker"), CASES)
def test_scare_quote_goes_to_a_subject_only_through_a_stance(
    paragraph: str, quoted: str, speaker: str | None
) -> None:
    article = Article(url="https://example.test/a", title="Report", paragraphs=(INTRO, paragraph))
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    if speaker is None:
        assert quotes.get(quoted) is None, quotes
    else:
        assert quotes[quoted] == speaker, quotes


@pytest.mark.parametrize(
    ("between", "stance"),
    [
        (" dismissed the plan as ", True),
        (" calls it the ", True),
        (" said the plan was ", True),
        (", who was backed by Kerr, is ", True),
        (" is building a ", False),
        (" took to wearing a ", False),
    ],
)
def test_takes_a_stance(between: str, stance: bool) -> None:
    assert takes_a_stance(between) is stance
