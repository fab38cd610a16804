"""An opening mark that never closes (a typo, a feed that lost half a pair) leaves a possessive
word at a sentence's start with its mark still on: the subject reader must not crash on it
(it raised StopIteration, which would fail the whole article's ingest)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.subjects import sentence_subject

SENTENCES = ["Vell's grand plan stalled.", "It’s a plan that stalled.", "Vell's aide said so."]
STRAY_MARKS = ['"', "“", "("]


@pytest.mark.parametrize("mark", STRAY_MARKS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_stray_opening_mark_reads_the_subject_the_bare_sentence_has(
    sentence: str, mark: str
) -> None:
    text = mark + sentence
    bare = sentence_subject(sentence, 0, len(sentence))
    marked = sentence_subject(text, 0, len(text))
    if bare is None:
        assert marked is None
    else:
        assert marked is not None
        assert (marked.chunk, marked.start - len(mark)) == (bare.chunk, bare.start)


PARAGRAPHS = [
    'Ona Vell disagreed.\n"It\'s\nambitious(on\npaper," he\nsaid.',
    "Ona Vell left. \"Vell's plan works, he said.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_an_article_with_a_stray_mark_is_extracted_whole(paragraph: str) -> None:
    extract_quotes(Article(title="Quay plan", paragraphs=(paragraph,)))
