"""commented_words: only an "X on/about what Y said:" label moves Y's credit (review27a).

"to what" introduces Y's own words, and a passive's agent ("Asked by X about what Y said:") is
the one asking. Every case is invented.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_INTRO = "Ada Kerr and Tom Lund sit on the Carran council."


@pytest.mark.parametrize(
    ("lead_in", "quote", "speaker"),
    [
        ("Asked by Tom Lund about what Ada Kerr said: ", "I never said that.", "Ada Kerr"),
        ("Ada Kerr took exception to what Tom Lund said: ", "Nurses are lazy.", "Tom Lund"),
        ("Voters listened to what Tom Lund told them: ", "Taxes will fall.", "Tom Lund"),
    ],
)
def test_the_quoted_words_stay_their_speakers(lead_in: str, quote: str, speaker: str) -> None:
    article = Article(title="Row", paragraphs=(_INTRO, f"{lead_in}“{quote}”"))
    found = {q.text: q for q in extract_quotes(article).quotes if q.kind == "direct"}
    assert found[quote].speaker == speaker
    assert found[quote].confidence >= 0.9
