"""Present-tense cues of reviews and features, and German-style marks (cue27 patterns 2, 7).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes

_INTRO = "The novelist Halvard Pennick grew up in Lorrow, a fishing town."


def _quotes(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    article = Article(title="Books", paragraphs=paragraphs)
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(article).quotes]


# store.quotes.rare_cues: after the closing mark, present (and past) forms features narrate
# speech with; the quote kept no speaker.
@pytest.mark.parametrize(
    "credit",
    [
        "he shrugs",
        "he murmurs",
        "he mutters",
        "he chuckles",
        "he enthuses",
        "he grins",
        "he smiles",
        "Pennick murmured",
        "he chuckled",
    ],
)
def test_a_feature_cue_after_the_mark_credits_the_quote(credit: str) -> None:
    paragraph = f"“Towns are made by their harbours,” {credit}."
    assert _quotes(_INTRO, paragraph) == [
        ("direct", "Towns are made by their harbours", "Halvard Pennick")
    ]


# Look-alikes: the same verbs narrating, not crediting a quote.
@pytest.mark.parametrize(
    "paragraph",
    [
        "There were murmurs in the hall: “Towns are made by their harbours.”",
        "The crowd chuckled at the “harbour town” line.",
    ],
)
def test_a_narrating_verb_credits_nobody(paragraph: str) -> None:
    assert all(speaker is None for _, _, speaker in _quotes(_INTRO, paragraph))


# store.quotes.sentences: „ opens a sentence as “ does, so a reported clause stops at the
# full stop before it instead of running on into the next quote.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Mayor Anke Rothel said the bridge would be built by spring. „We are ready,“ she added.",
        "Mayor Anke Rothel said the bridge would be built by spring. „We are ready“, she added.",
    ],
)
def test_a_reported_clause_stops_before_a_german_style_quote(paragraph: str) -> None:
    quotes = _quotes("Lorrow votes on Sunday.", paragraph)
    reported = [text for kind, text, _ in quotes if kind == "indirect"]
    assert reported == ["the bridge would be built by spring"]
    assert ("direct", "We are ready", "Anke Rothel") in quotes
