"""An uncued quote that repeats words quoted earlier keeps their speaker (probe26, live blog).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_SAID = "“Brill is not for sale at any price,” Wexley chairman Otto Renk told the club's website."


def _direct(*paragraphs: str) -> list[tuple[str, str | None, float]]:
    article = Article(title="Deadline day", paragraphs=paragraphs)
    quotes = extract_quotes(article).quotes
    return [(q.text, q.speaker, q.confidence) for q in quotes if q.kind == "direct"]


# store.quotes.body_echoes: the words again, later and uncued, are still Renk's.
@pytest.mark.parametrize(
    "later",
    [
        "Wexley took a bid for Brill after all. So much for “not for sale at any price”.",
        "Wexley sold Brill in the end. So much for “not for sale at any price”, then.",
    ],
)
def test_an_echo_of_an_earlier_quote_is_its_speakers(later: str) -> None:
    found = _direct(_SAID, later)
    assert found[-1][1] == "Otto Renk"
    assert found[-1][2] <= 0.75


@pytest.mark.parametrize(
    "later",
    [
        # One word echoes by chance.
        "Wexley sold Brill in the end, for a “price” nobody would name.",
        # Words the earlier quote does not hold in that order.
        "So much for “any price is not for sale”.",
    ],
)
def test_words_no_earlier_quote_holds_are_no_echo(later: str) -> None:
    found = _direct(_SAID, later)
    assert all(speaker != "Otto Renk" for text, speaker, _ in found[1:])


def test_an_echo_before_the_quote_is_not_credited() -> None:
    # The writer cannot recall words not yet given: only earlier quotes are echoed.
    found = _direct("So much for “not for sale at any price”.", _SAID)
    assert found[0][1] is None
