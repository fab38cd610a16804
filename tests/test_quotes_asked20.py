"""Faults a demanding user met in answers: a country glued to a name, names inside quotes,
a place credited by a headline, a Q/A label inside the words, a surname two people share."""

from __future__ import annotations

import pytest

from store.ingest.text import parse_text
from store.models import Article, Attribution
from store.quotes.extract import extract_quotes


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _names(found: Attribution) -> dict[str, tuple[str, ...]]:
    people = (*found.speakers, *found.mentioned)
    return {p.name: p.names for p in people}


COUNTRY_BEFORE_A_NAME = [
    # (narration, the full name the cast must hold, a name it must not)
    (
        "Ada Kerr met the mayor’s envoy for talks with Norway Ilmar Vesk on Monday.",
        "Ilmar Vesk",
        "Norway Ilmar Vesk",
    ),
    (
        "Bo Renn thanked Ghana Ama Serwaa Boadu and others.",
        "Ama Serwaa Boadu",
        "Ghana Ama Serwaa Boadu",
    ),
    # A country that is a first name too stays the name's first word.
    ("Officials heard Georgia Peel Harrow on the budget.", "Georgia Peel Harrow", "Peel Harrow"),
]


@pytest.mark.parametrize(("narration", "named", "not_named"), COUNTRY_BEFORE_A_NAME)
def test_a_country_before_a_full_name_is_not_part_of_it(
    narration: str, named: str, not_named: str
) -> None:
    names = _names(_extract((narration, '"We will see," said Bo Renn.')))
    assert named in names and not_named not in names
    assert all(country not in names[named] for country in ("Norway", "Ghana"))


def test_the_seed_names_its_envoy_without_the_country(seed_text: str) -> None:
    names = _names(extract_quotes(parse_text(seed_text)))
    assert "Zurab Abashidze" in names and not any(n.startswith("Russia ") for n in names)
