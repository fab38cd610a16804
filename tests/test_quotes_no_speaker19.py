"""Direct quotes that came back with no speaker although the article makes the speaker clear.

Invented text. Each case fails without the rule it names; the cases expecting None keep the
unclear ones unattributed.
"""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.confidence import NARRATED_CARRY
from store.quotes.extract import extract_quotes


def _direct(paragraphs: tuple[str, ...], text: str) -> tuple[str | None, str | None, float]:
    article = Article(title="Council weighs the harbour plan", paragraphs=paragraphs)
    quote = next(
        q for q in extract_quotes(article).quotes if q.kind == "direct" and q.text == text
    )
    return quote.speaker, quote.how, quote.confidence


NARRATED = [
    # (paragraphs, quoted text, expected speaker)
    # The speaker's own narration paragraph between two of her quotes keeps the passage hers.
    (
        (
            "“The harbour plan is sound,” Ada Kerr, the council leader, said on Monday.",
            "Kerr is upbeat about the vote, in part because she sees the mayor as a uniter.",
            "“Not only can the plan pass, it is the best plan we have had.”",
        ),
        "Not only can the plan pass, it is the best plan we have had.",
        "Ada Kerr",
    ),
    # A pronoun subject stands for the speaker just as her name does.
    (
        (
            "“We will fight it,” said Tom Reyes, who runs the dockers’ union.",
            "He was quick to point to the last strike, which won the dockers a raise.",
            "“We did it before and we can do it again.”",
        ),
        "We did it before and we can do it again.",
        "Tom Reyes",
    ),
    # Narration about someone who has not spoken is no passage of theirs: nobody.
    (
        (
            "The council met on Monday to weigh the harbour plan.",
            "Ivo Brandt praised the plan and the work of the harbour board.",
            "“We need someone who will cut through the noise.”",
        ),
        "We need someone who will cut through the noise.",
        None,
    ),
    # Narration about another person breaks the passage: nobody.
    (
        (
            "“The harbour plan is sound,” Ada Kerr said.",
            "Ivo Brandt, her rival, has spent the week touring the docks.",
            "“It will cost the city dearly.”",
        ),
        "It will cost the city dearly.",
        None,
    ),
    # The subject is the speaker's plan, not the speaker: nobody.
    (
        (
            "“The harbour plan is sound,” Ada Kerr said.",
            "Kerr’s plan would move the ferry terminal to the north shore.",
            "“It will cost the city dearly.”",
        ),
        "It will cost the city dearly.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), NARRATED)
def test_a_bare_quote_after_narration_about_the_last_speaker_is_theirs(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    got, how, confidence = _direct(paragraphs, text)
    assert got == speaker
    if speaker is not None:
        # Carried one paragraph past any cue: less sure than a quote carried right after one.
        assert how == AttributionHow.CARRIED
        assert confidence == NARRATED_CARRY
