"""Misread UTF-8 in part of a text is repaired piece by piece, so a name stays readable.

Invented text. A page with sound curly quotes and one misread name ("Bérard" as
"BÃ©rard") could not be repaired as a whole; the name broke at "©" and its quote got no
speaker. Sound text that only looks like a misread pair stays as written.
"""

from __future__ import annotations

import pytest

from store.ingest.mojibake import repair_runs
from store.ingest.text import clean_line, decode_text, parse_text
from store.quotes.extract import extract_quotes

REPAIRED = [
    # (as stored, as first written)
    ("prosecutor Marc BÃ©rard said “no”", "prosecutor Marc Bérard said “no”"),
    ("President Enrique MuÃ±oz Vela", "President Enrique Muñoz Vela"),
    ("Iâ€™m here", "I’m here"),
    ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
]

SOUND = [
    "Café “quoted” and naïve résumé à la carte",
    "Strauß’s plan",  # ß and ’ would decode to a letter of a script news never mixes in
    "voilà…”",  # not valid UTF-8 when read back as bytes
    "JesÃÂos",  # misread twice, bytes lost: left as written
]


@pytest.mark.parametrize(("stored", "written"), REPAIRED)
def test_a_misread_piece_is_repaired(stored: str, written: str) -> None:
    assert repair_runs(stored) == written
    assert clean_line(stored) == written


@pytest.mark.parametrize("text", SOUND)
def test_sound_text_stays_as_written(text: str) -> None:
    assert repair_runs(text) == text


def test_decoding_repairs_pieces_of_a_file_with_sound_quotes() -> None:
    content = "Ada BÃ©rard spoke “twice” on Monday.".encode()
    assert decode_text(content) == "Ada Bérard spoke “twice” on Monday."


def test_a_repaired_name_gets_its_quote() -> None:
    text = (
        "Harbour levy vote\n\nAs prosecutor Marc BÃ©rard put it, “there was little to "
        "object to under the letter of the law.”"
    )
    quotes = extract_quotes(parse_text(text)).quotes
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Marc Bérard"]
