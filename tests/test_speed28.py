"""Word tests extraction asks again and again (stop 28) are memoized and still answer what
their plain bodies answer. (scripts/extraction_digest.py checks whole articles.)"""

from __future__ import annotations

import pytest

from store.quotes.antecedents import role_fits
from store.quotes.mentions import is_abbreviation


@pytest.mark.parametrize(
    ("description", "role", "fits"),
    [
        ("harbour master", "Harbour Master", True),
        ("master", "Deputy Harbour Master", True),  # every word of it is the role's
        ("harbour master", "Master", False),  # "harbour" is no word of the role
        ("pilot", "Harbour Master", False),  # a look-alike job: no word shared
        ("", "Harbour Master", False),  # nothing described fits nothing
    ],
)
def test_role_fits_is_memoized_and_answers_as_its_body(
    description: str, role: str, fits: bool
) -> None:
    plain = role_fits.__wrapped__(description, role)
    before = role_fits.cache_info().hits
    assert role_fits(description, role) is fits
    assert role_fits(description, role) is plain  # asked again: the cache answers
    assert role_fits.cache_info().hits > before


@pytest.mark.parametrize(
    ("word", "abbreviates"),
    [
        ("Gov.", True),
        ("J.", True),  # an initial
        ("T.K.", True),  # dotted initials
        ("Varnholm.", False),  # a sentence's last word
        ("harbour", False),  # no full stop at all
    ],
)
def test_is_abbreviation_is_memoized_and_answers_as_its_body(word: str, abbreviates: bool) -> None:
    plain = is_abbreviation.__wrapped__(word)
    before = is_abbreviation.cache_info().hits
    assert is_abbreviation(word) is abbreviates
    assert is_abbreviation(word) is plain
    assert is_abbreviation.cache_info().hits > before
