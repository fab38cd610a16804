"""Quotes with no cue of their own: the subject of their own clause, else nobody.

Invented text. Each case fails when a quote without a cue takes the paragraph's nearest
speech event, or the event of the quote before it, across a sentence with its own subject.
"""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.extract import extract_quotes

CASES = [
    # (paragraphs, quoted text, expected speaker: None when nobody we can name said it)
    # The clause's subject speaks, not the speech event of the sentence before.
    (
        (
            "Orla Penn, a rival, said the merger was a mistake. "
            "Mara Quist routinely calls herself a “builder of companies” on the trail.",
        ),
        "builder of companies",
        "Mara Quist",
    ),
    # In a one-paragraph article the earlier quote's cue does not reach a later sentence.
    (
        (
            "“The market has not failed them,” Dale Fenwick said. "
            "Years ago, Ivo Brandt worried that aid was becoming “a soft bed for the idle.”",
        ),
        "a soft bed for the idle.",
        "Ivo Brandt",
    ),
    # A clause after "while" has its own subject.
    (
        (
            "“No,” Gov. Ned Arlo said. Arlo signed an order on Monday, "
            "while Tamsin Holt proposed they “wake up and act” now.",
        ),
        "wake up and act",
        "Tamsin Holt",
    ),
    # A subject pronoun in the clause is resolved like any other.
    (
        (
            "Nadia Frey toured the plant, Kurt Lamm said. "
            "She found the new line “a small miracle” for the town.",
        ),
        "a small miracle",
        "Nadia Frey",
    ),
    # A body narration never named opens the clause: the paragraph's speaker, as before.
    (
        ("“No,” Tom Reyes said. The board wants “a fare for every single rider” soon.",),
        "a fare for every single rider",
        "Tom Reyes",
    ),
    # Something else opens the clause: no speaker of the paragraph said it.
    (
        (
            "“We won the night,” Petra Vale said. "
            "The results also showed the limits of “insider” as a label.",
        ),
        "insider",
        None,
    ),
    # A possessive subject: the words are quoted as the report of someone else.
    (
        (
            "“The claim is wrong,” Judge Hal Moreno said on Monday. "
            "Bram Ostrow's “belief that the data retains any value is speculative.”",
        ),
        "belief that the data retains any value is speculative.",
        None,
    ),
    # A prepositional opening names no speaker.
    (
        (
            "Officer Lena Dorsch wrote the report on Friday, she said. "
            "Under Vermont law, theft is “taking what belongs to another.”",
        ),
        "taking what belongs to another.",
        None,
    ),
    # "..., and his posters show": a new subject after the comma and "and".
    (
        (
            "“I changed a lot,” Piet Sandor said. "
            "Sandor began painting in 2009, and his early posters show a “quiet reporter.”",
        ),
        "quiet reporter.",
        None,
    ),
    # Someone else's claim that ...: not the words of the sentence's subject, the claimant's.
    (
        (
            "“We are fine,” Lars Dunn said. "
            "Mara Kell blamed the press for Dunn's claim that the port “was sinking for good.”",
        ),
        "was sinking for good.",
        "Lars Dunn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CASES)
def test_uncued_quote_takes_its_own_clause_subject(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    article = Article(url="https://example.test/a", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q for q in extract_quotes(article).quotes}
    if speaker is None:
        # Nobody's words: left without a speaker, or dropped as a term in marks.
        assert quoted not in quotes or quotes[quoted].speaker is None
    else:
        assert quotes[quoted].speaker == speaker, sorted(quotes)


def test_subject_attribution_is_marked_nearby_not_named() -> None:
    """A subject without a speech verb is a weaker claim than a cue: how says so."""
    article = Article(
        url="https://example.test/b",
        title="Report",
        paragraphs=(
            "Orla Penn said the merger was a mistake. "
            "Mara Quist routinely calls herself a “builder of companies” on the trail.",
        ),
    )
    quote = next(q for q in extract_quotes(article).quotes if q.text == "builder of companies")
    assert (quote.speaker, quote.how) == ("Mara Quist", AttributionHow.NEARBY)
    assert quote.confidence is not None and quote.confidence < 0.9


def test_clause_inside_reported_speech_stays_the_reporters() -> None:
    """ "X said that Y was “...” while Z is “...”": the words are X's, not Z's."""
    article = Article(
        url="https://example.test/c",
        title="Report",
        paragraphs=(
            # Copy that lost a full stop: the speech verb is read, its subject is not.
            "Cal Dorsey is keeping up his attacks  Dorsey, in Ohio, said Tuesday that Rob Aye "
            "was “a lightweight” while Tod Minn is “a basket case.”",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["a basket case."] == "Cal Dorsey"


def test_carried_on_quote_with_its_own_credit_takes_the_credit() -> None:
    """A paragraph read as carrying on an open quote, whose own cue follows its closing mark."""
    article = Article(
        url="https://example.test/d",
        title="Report",
        paragraphs=(
            "“We will win this state,” Dara Holt said. “The voters know us",
            "“Our plans are different,” said Mina Cole, a rival.",
        ),
    )
    quote = next(q for q in extract_quotes(article).quotes if q.text == "Our plans are different")
    assert (quote.speaker, quote.how) == ("Mina Cole", AttributionHow.NAMED)
