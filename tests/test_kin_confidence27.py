"""kin_surnames: a lent surname is a guess, never a sure credit (review27c).

"Aron Pekka was sentenced by Judge Colm Varro … His wife, Ilse, said" lent Ilse the judge's
surname at 0.92. Whatever surname is lent, the credit stays below the bot's sure line.
Every case is invented.
"""

from __future__ import annotations

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.kin_surnames import LENT_CONFIDENCE


def test_a_lent_surname_is_never_a_sure_credit() -> None:
    article = Article(
        title="Pekka jailed",
        paragraphs=(
            "Aron Pekka was sentenced by Judge Colm Varro to four years on Tuesday.",
            "His wife, Ilse, said: “He is innocent and we will appeal.”",
        ),
    )
    quote = next(q for q in extract_quotes(article).quotes if q.text.startswith("He is innocent"))
    assert quote.speaker is not None and quote.speaker.startswith("Ilse")
    if quote.speaker != "Ilse":
        assert quote.confidence <= LENT_CONFIDENCE < 0.9
