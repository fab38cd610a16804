"""Quotes masked a slice at a time give what masking character by character gives, quotes
apart or not, closed or left open, ending on a full stop or not; Russian sentence ends read
in place are where reading slices put them."""

from __future__ import annotations

import random
import re

import pytest

from store.quotes.marks import (
    QuotedSpan,
    _apart,
    _masked_by_chars,
    masked,
    spans_in_paragraph,
)
from store.quotes.ru import layout

PARAGRAPHS = [
    "«Мы готовы к диалогу.» — заявил министр.",  # a full stop kept inside
    "«Нет», — сказал он, и добавил: «Посмотрим»",  # two quotes apart
    "Он сказал: «Переговоры продолжатся",  # left open
    'He said "yes." Then "no" and "maybe?"',
    "He said ''yes'' and left.",  # doubled apostrophes: the character path
    "«»",  # nothing inside
    "«Внутри „вложенной“ цитаты.»",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_a_paragraph_masks_as_it_did(text: str) -> None:
    spans = spans_in_paragraph(0, text)
    assert masked(text, spans) == _masked_by_chars(text, spans)


def test_spans_in_any_places_mask_as_they_did() -> None:
    chance = random.Random(19)
    text = "Он сказал. «Да!» — «Нет?» и «ещё» — и всё."
    apart = 0
    for _ in range(2000):
        spans = []
        for _ in range(chance.randint(1, 3)):
            open_at = chance.randrange(len(text))
            close_at = chance.randint(open_at, len(text))
            spans.append(
                QuotedSpan(
                    0,
                    open_at + 1,
                    close_at,
                    open_at,
                    close_at,
                    closed=close_at < len(text) and chance.random() < 0.8,
                )
            )
        apart += _apart(text, spans)
        assert masked(text, spans) == _masked_by_chars(text, spans), spans
    assert apart > 200  # the slice path was taken often enough to be tested


def _ends_by_slices(text: str) -> list[int]:
    """sentence_ends as it read the text before: slices of it, the rest stripped."""
    ends = []
    for match in layout._SENTENCE_END.finditer(text):
        before = re.search(r"(\w+)\.$", text[max(0, match.start() - 8) : match.start() + 1])
        if before and layout._abbreviated(before[1], text[match.end() :].lstrip()[:1]):
            continue
        ends.append(match.end())
    return ends


@pytest.mark.parametrize(
    "text",
    [
        "Он приехал в 10 ч. Утром всё решилось. Потом — нет!",  # a unit before a capital
        "По данным т. е. экспертов, рост 5 млн. В 2024 г. так и было.",  # abbreviations
        "Сказал А. Петров.  «Да»\u2003и всё. ",  # an initial; other spaces
        "Итак.\u00a0Конец.",  # a no-break space before the next sentence
        "Нет",
    ],
)
def test_sentence_ends_read_in_place_are_where_they_were(text: str) -> None:
    assert layout.sentence_ends(text) == _ends_by_slices(text)
