"""A name a group habitually gives a thing is a term, not a quote (probe26 pattern 11).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(paragraph: str) -> list[tuple[str, str | None]]:
    article = Article(title="Lab news", paragraphs=(paragraph, "It broke down in May."))
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


# store.quotes.habitual_names: a lower-case group, a verb of naming (present, or of giving
# a name), then a short name in marks: what a thing is known as, nobody's statement.
@pytest.mark.parametrize(
    "paragraph",
    [
        "The samples sat in a freezer that technicians call “the ice box”.",
        "The samples sat in a freezer that staff call “the ice box”.",
        "The samples sat in what residents call “the long cold room”.",
        "The lane, which cyclists have dubbed “the Grinder”, climbs 300 metres.",
        "The plan, which opponents call “The Marsh Levy”, was dropped.",
        # An adverb between the group and its verb.
        "The freezer, which staff jokingly call “the ice box”, broke down.",
        "The freezer, which everyone calls “the ice box”, broke down.",
    ],
)
def test_a_groups_name_for_a_thing_is_a_term(paragraph: str) -> None:
    assert _direct(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        # One person's judgement in her own words: hers, as before.
        (
            "The plan, which Ada Marsh calls “a betrayal of every family”, was dropped.",
            "a betrayal of every family",
            "Ada Marsh",
        ),
        # A named namer: her name for it, hers.
        (
            "The freezer, which Ada Marsh calls “the ice box”, broke down.",
            "the ice box",
            "Ada Marsh",
        ),
    ],
)
def test_a_persons_words_after_a_naming_verb_stay_hers(
    paragraph: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in _direct(paragraph)


def test_a_long_phrase_after_a_groups_verb_is_no_name() -> None:
    # Five words and a clause's shape: a judgement the group states, not a name (kept).
    paragraph = "The plan, which technicians call “the end of the road”, was dropped."
    assert [text for text, _ in _direct(paragraph)] == ["the end of the road"]
