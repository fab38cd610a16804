"""Shortcuts ingest was sped up with (stop 21) give what the plain path gives.
(scripts/extraction_digest_ru.py and extraction_digest.py check whole articles.)"""

from __future__ import annotations

import pytest

from store.ingest import mojibake
from store.ingest import text as text_module
from store.ingest.text import repair_mojibake
from store.quotes.ru import cues
from store.quotes.ru.cues import MentionKind, forget_words, read_mention
from store.quotes.ru.plural_speakers import group_span

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


def _mention_read_in_full(text: str, cases: tuple[str, ...]) -> tuple[object, ...]:
    """cues._mention's choice between a group and a name with the group always read (the
    shortcut reads it only when no full name was found)."""
    words = cues._words(text)
    found = group_span(words, cases)
    group = None if found is None else (found[0], found[1])
    named = cues._name_in(words, cases, guess=False)
    if named is not None and not (group and not named.reading and named.end <= group[1]):
        return ("name", named.start, named.end, named.reading)
    return ("group", *group) if group is not None else ("other",)


@pytest.mark.parametrize(
    "phrase",
    [
        "жители района Анна Белова",  # a group, then a full name: the name wins
        "жители деревни Сухой Брод",  # a place's name in a group's tail: the group
        "родители учеников",  # a group alone
        "местные жители и Белова",  # a group, then a lone surname beyond its tail
        "министр финансов Антон Силуанов",  # a full name alone
        "Лавров",  # a lone surname
        "журналистам",  # no one
    ],
)
@pytest.mark.parametrize("cases", [("nomn",), ("gent",), ("accs", "gent")])
def test_a_full_name_read_first_is_what_reading_the_group_too_gives(
    phrase: str, cases: tuple[str, ...]
) -> None:
    forget_words()
    mention = read_mention(phrase, 0, cases)
    expected = _mention_read_in_full(phrase, cases)
    if expected[0] == "other":  # read further on: a pronoun, a role, a body or a guess
        assert mention is None or (mention.kind != MentionKind.GROUP and not mention.reading)
    elif expected[0] == "group":
        assert mention is not None and mention.kind == MentionKind.GROUP
        assert (mention.start, mention.end) == expected[1:]
    else:
        assert mention is not None and mention.kind == MentionKind.NAME
        assert (mention.start, mention.end, mention.reading) == expected[1:]


@pytest.mark.parametrize("code", range(0x80, 0x250))
def test_the_lead_scan_finds_exactly_the_characters_a_misread_run_opens_with(code: int) -> None:
    # Runs open with Â-ô (U+00C2-U+00F4): the scan before the pattern finds those, no other.
    assert (mojibake._LEAD.search(f"ab{chr(code)}c") is not None) == (0xC2 <= code <= 0xF4)
    if not 0xC2 <= code <= 0xF4:
        assert not mojibake._RUN.search(f"ab{chr(code)}\u0080\u0080\u0080c")
