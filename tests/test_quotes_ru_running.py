"""A Russian quote running over paragraphs (store.quotes.ru.running_quotes): its open parts
are the speaker's whom the cue after its last part names. Invented text."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.extract import extract_quotes

OPEN = "«Паром выйдет на линию в мае. Билеты дорожать не будут."
LAST = "«Причал достроят к осени», — сказала глава района Зоя Кручинина."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (OPEN, LAST),
        # Someone else spoke before: the open part is not carried over to him.
        ("Депутат Игнат Суховей выступил первым.", OPEN, LAST),
        # Three parts: the first two are hers as well.
        (OPEN, "«Расписание вывесят на причале.", LAST),
    ],
)
def test_a_quote_running_over_paragraphs_is_the_last_parts_speakers(
    paragraphs: tuple[str, ...],
) -> None:
    quotes = extract_quotes(Article(title="Паром", paragraphs=paragraphs)).quotes
    assert {(q.speaker, q.how) for q in quotes} == {("Зоя Кручинина", AttributionHow.NAMED)}
    assert len(quotes) == len([p for p in paragraphs if p.startswith("«")])


def test_a_closed_quote_before_another_is_not_a_part_of_it() -> None:
    paragraphs = (
        "Депутат Игнат Суховей выступил первым.",
        "«Паром выйдет на линию в мае», — сказал он.",
        LAST,
    )
    quotes = extract_quotes(Article(title="Паром", paragraphs=paragraphs)).quotes
    assert [q.speaker for q in quotes] == ["Игнат Суховей", "Зоя Кручинина"]
