"""Shortcuts ingest was sped up with (stop 21) give what the plain path gives.
(scripts/extraction_digest_ru.py and extraction_digest.py check whole articles.)"""

from __future__ import annotations

import pytest

from store.ingest import text as text_module
from store.ingest.text import repair_mojibake

# What repair_mojibake searches for before its pattern: every match must hold one.
_LEADS = ("Â", "Ã", "â€")
_ALPHABET = [chr(code) for code in range(0x100)] + ["€", "œ", "Ж"]


def test_every_mojibake_match_holds_a_lead_the_shortcut_looks_for() -> None:
    # Every two-character string of Latin-1 (and a few more) the pattern matches.
    matched = [
        a + b for a in _ALPHABET for b in _ALPHABET if text_module._MOJIBAKE.fullmatch(a + b)
    ]
    assert matched  # the pattern matches something here at all
    assert all(any(lead in found for lead in _LEADS) for found in matched)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("CafÃ©", "Café"),  # Ã and a continuation byte
        ("â€œQuotedâ€\x9d.", "“Quoted”."),  # â€ alone opens a match
        ("Â°C", "°C"),
        ("Café, “quoted”", "Café, “quoted”"),  # no lead: left as it is
        ("Мир и «дом»", "Мир и «дом»"),
        ("Ã alone", "Ã alone"),  # a lead but no match
        ("", ""),
    ],
)
def test_mojibake_is_repaired_as_the_pattern_alone_would(written: str, read: str) -> None:
    assert repair_mojibake(written) == read
