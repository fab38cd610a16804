"""Quote extraction on the seed article: every statement is Sergey Lavrov's, nobody else's."""

from __future__ import annotations

import pytest

from store.articles import parse_text
from store.models import Attribution
from store.quotes import extract_quotes


@pytest.fixture
def seed(seed_text: str) -> Attribution:
    return extract_quotes(parse_text(seed_text))


SEED_QUOTES = [
    # (paragraph, kind, cue, opening words); None is the headline.
    (None, "indirect", "—", "Moscow expects Tbilisi’s steps to restore relations"),
    (0, "indirect", "said", "The initiative to restore diplomatic relations"),
    (1, "direct", "told", "We don’t have embassies now"),
    (2, "direct", "added", "Georgia also does not have an embassy"),
    (3, "direct", "said", "This is due to the fact"),
    (3, "direct", "said", "This situation can only be improved"),
    (4, "direct", "said", "I am confident that we will resolve all problems"),
    (4, "indirect", "reminded", "Georgian prime minister’s special representative"),
]


def test_seed_quotes_in_order(seed: Attribution) -> None:
    found = [(q.paragraph, q.kind, q.cue, q.text) for q in seed.quotes]
    assert [(p, k, c) for p, k, c, _ in found] == [(p, k, c) for p, k, c, _ in SEED_QUOTES]
    for (_, _, _, text), (_, _, _, opening) in zip(found, SEED_QUOTES, strict=True):
        assert text.startswith(opening)


def test_seed_everything_is_lavrovs(seed: Attribution) -> None:
    assert {q.speaker for q in seed.quotes} == {"Sergey Lavrov"}
    assert {q.role for q in seed.quotes} == {"Russian Foreign Minister"}


def test_seed_speakers_table(seed: Attribution) -> None:
    # Saakashvili, Abashidze and Karasin are only mentioned: they are not speakers.
    assert [s.name for s in seed.speakers] == ["Sergey Lavrov"]
    (lavrov,) = seed.speakers
    assert lavrov.kind == "person"
    assert {"Lavrov", "Russian Foreign Minister", "the foreign minister"} <= set(lavrov.names)


def test_seed_spans_point_at_the_quoted_words(seed_text: str, seed: Attribution) -> None:
    article = parse_text(seed_text)
    for quote in seed.quotes:
        source = article.title if quote.paragraph is None else article.paragraphs[quote.paragraph]
        assert source[quote.start : quote.end] == quote.text
