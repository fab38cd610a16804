"""A cue after a quote that opens a clause of its own does not claim the quote.

Invented text. "X accuses Y of a “…” while Y says …": the words in marks are X's, the subject
of their own clause; the cue after "while" / ", and" credits its own complement. A cue that
closes the quote's sentence ("…, the group says.") or stands right after the marks still
credits them.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraph, quoted text, expected speaker)
    # A later clause after "while", its verb running on into its own statement.
    (
        "Ada Kerr accuses Ivo Dunn of staging a “quiet coup” at the port authority "
        "while Dunn says the vote was fair.",
        "quiet coup",
        "Ada Kerr",
    ),
    # The same after "and", with a complement clause after the verb.
    (
        "Mayor Lena Hart accuses the board of “leading from the back seat” "
        "and councillor Tom Vos says the budget is late.",
        "leading from the back seat",
        "Lena Hart",
    ),
    # A cue closing the quote's sentence still credits it, "and" or not.
    (
        "The ferry line has been “badly run” since 2019, and should be sold, "
        "the harbour union says.",
        "badly run",
        "harbour union",
    ),
    # So does a credit right after the marks.
    (
        "“The vote was fair,” Ivo Dunn said, and Ada Kerr said it was not.",
        "The vote was fair",
        "Ivo Dunn",
    ),
    # A later cue followed only by a day: it closes the sentence, so it is the quote's.
    (
        "The port is “a quiet scandal” for the town, and Ada Kerr said Monday.",
        "a quiet scandal",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "quoted", "speaker"), CASES)
def test_later_clause_cue_does_not_claim_the_quote(
    paragraph: str, quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/a", title="Report", paragraphs=(paragraph,))
    quotes = {q.text: q.speaker or "" for q in extract_quotes(article).quotes}
    assert quotes[quoted].endswith(speaker), quotes
