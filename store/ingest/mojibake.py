"""Mojibake repaired piece by piece: UTF-8 read as Windows-1252 in part of a text.

A page or feed that pasted one misread name into otherwise sound text ("prosecutor Marc
BÃ©rard said", "MuÃ±oz Vela" beside real curly quotes) cannot be repaired as a whole, since
its sound characters ("“", "é") are no Windows-1252 reading of UTF-8. Each run that is one
(a lead character Â-ô and the one to three continuation characters its bytes need) is decoded
alone; a run that decodes to nothing valid, or to a character of a script news in Latin
letters never mixes in, is left as written. A lead and a continuation side by side in sound
text ("Ã©", "Â»") are rare enough in news to be read so.
"""

from __future__ import annotations

import re

# The characters that Windows-1252 gives bytes 0x80-0xBF: the continuation bytes of UTF-8.
_CONTINUATION = "".join(
    char
    for byte in range(0x80, 0xC0)
    if (char := bytes([byte]).decode("cp1252", errors="ignore") or chr(byte))
)
_CONT = "[" + re.escape(_CONTINUATION) + "]"
# A 2-, 3- or 4-byte UTF-8 sequence read as Windows-1252 characters.
_RUN = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
# Cheap test before the regex: every run opens with one of these (most text holds none).
# A character class, scanned in C: a set's isdisjoint made a string of every character not
# in Latin-1, ten times the time (0.2 ms a Russian article, every line is tested).
_LEAD = re.compile("[\u00c2-\u00f4]")


def repair_runs(text: str) -> str:
    """The text with each misread UTF-8 sequence decoded where it decodes."""
    if _LEAD.search(text) is None:
        return text
    return _RUN.sub(_decoded, text)


# What a repaired run may become: letters of Latin, Greek and Cyrillic scripts, punctuation
# ("“", "—"), currency and letterlike signs ("€", "™"), emoji. Anything else ("Strauß’s" read
# as a byte pair gives an N'Ko letter) means the characters were sound text side by side.
_PLAUSIBLE = (
    (0x00A0, 0x052F),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x1F000, 0x1FAFF),
)


# Marks sound text sets right after a letter ("“OLÉ”", "CAFÉ’S", "JOSÉ—"): after a capital
# Â-Ô one reads as a two-byte run, most often into an IPA or Latin Extended-B letter that
# eats the mark. Such a run is taken only for a letter text is most often misread into:
# Latin-1, Latin Extended-A, modern Greek and basic Cyrillic ("Ã–" Ö, "Ð»" л, "Ñ‘" ё).
_MARKS_AFTER_WORDS = frozenset("”’“‘«»‹›–—…•™\u00a0")
_COMMON_LETTERS = ((0x00A0, 0x017F), (0x0386, 0x03CE), (0x0400, 0x045F))


def _decoded(match: re.Match[str]) -> str:
    run = match.group()
    try:
        raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp1252")[0] for c in run)
        char = raw.decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return run
    code = ord(char)
    return char if any(low <= code <= high for low, high in _decodes_to(run)) else run


def _decodes_to(run: str) -> tuple[tuple[int, int], ...]:
    """The code point ranges a misread run may be repaired into."""
    if len(run) == 2 and run[1] in _MARKS_AFTER_WORDS:
        return _COMMON_LETTERS  # "OLÉ”" is sound text far more often than a misread "ɔ"
    return _PLAUSIBLE
