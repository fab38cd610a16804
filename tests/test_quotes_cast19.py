"""Who the cast knows: a title's sex picks the namesake, pairs, tags and lone surnames."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow
from store.quotes.antecedents import listed_names
from store.quotes.extract import extract_quotes
from store.quotes.roles_beside import tag_roles


def _speaker_of(paragraphs: tuple[str, ...], quoted: str) -> str | None:
    quotes = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes
    return next(q for q in quotes if q.text == quoted).speaker


NAMESAKES = [
    # (paragraphs, quoted text, expected speaker)
    # Brother and sister share a surname; her first name says no sex: "Mr." is him, "Ms." her.
    (
        (
            "Omar Lintz, the mayor, and his sister, Dalia Lintz, a lawyer, met the board.",
            "“The bridge will wait,” Mr. Lintz said.",
        ),
        "The bridge will wait",
        "Omar Lintz",
    ),
    (
        (
            "Omar Lintz, the mayor, and his sister, Dalia Lintz, a lawyer, met the board.",
            "“We filed the papers,” Ms. Lintz said.",
        ),
        "We filed the papers",
        "Dalia Lintz",
    ),
    # She was named last and most, yet "Mr." is still the man.
    (
        (
            "Maria Lintz, a lawyer, joined her brother, Omar Lintz, at the hearing.",
            "Maria Lintz spoke first, and Maria Lintz spoke long.",
            "“The bridge will wait,” said Mr. Lintz.",
        ),
        "The bridge will wait",
        "Omar Lintz",
    ),
    (
        (
            "Maria Lintz, a lawyer, joined her brother, Omar Lintz, at the hearing.",
            "Omar Lintz spoke first, and Omar Lintz spoke long.",
            "“We filed the papers,” said Mrs. Lintz.",
        ),
        "We filed the papers",
        "Maria Lintz",
    ),
    # The only Lintz named in full is a man: "Ms. Lintz" is someone else, never he.
    (
        (
            "Omar Lintz, the mayor, met the board on Friday.",
            "“We filed the papers,” Ms. Lintz said.",
        ),
        "We filed the papers",
        "Lintz",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), NAMESAKES)
def test_a_titles_sex_picks_the_namesake(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


PAIRS = [
    # (paragraphs, quoted text, expected speaker)
    # "X and her husband, Y, said": both spoke, never the husband alone.
    (
        ("Ada Kerr and her husband, Tom Reddy, said “we love this town” on Sunday.",),
        "we love this town",
        "Ada Kerr and Tom Reddy",
    ),
    # The pair after the cue.
    (
        ("“We love this town,” said Ada Kerr and her husband, Tom Reddy.",),
        "We love this town",
        "Ada Kerr and Tom Reddy",
    ),
    # An opening word and a sentence before the pair stay out of it.
    (
        (
            "The fair closed on Monday. Then Ada Kerr and his longtime business partner, "
            "Bo Renn, told reporters: “The rides were safe.”",
        ),
        "The rides were safe.",
        "Ada Kerr and Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), PAIRS)
def test_a_person_and_a_relative_speak_together(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


LISTED = [
    # (text, the name's offsets, the list it stands in, False or None)
    ("Ada Kerr and her husband, Tom Reddy, said", (26, 35), "Ada Kerr and Tom Reddy"),
    ("said Ada Kerr and her son, Tom Reddy.", (5, 13), "Ada Kerr and Tom Reddy"),
    # A preposition before the pair: they are addressees, not speakers.
    ("a letter to Ada Kerr and her husband, Tom Reddy, said", (38, 47), None),
    # No relation beside the second name: one speaker.
    ("Ada Kerr, her husband said", (0, 8), None),
]


@pytest.mark.parametrize(("text", "span", "expected"), LISTED)
def test_listed_pairs(text: str, span: tuple[int, int], expected: str | None) -> None:
    assert listed_names(text, *span) == expected


TAGGED = [
    # (paragraphs, quoted text, expected speaker)
    # A party tag is the person's role: "the Ohio Republican" is she, not a body of that name.
    (
        (
            "Sen. Ada Kerr (R-Ohio) spoke on Monday. Tom Reddy, a farmer, listened.",
            "“Taxes must fall,” said the Ohio Republican.",
        ),
        "Taxes must fall",
        "Ada Kerr",
    ),
    # The tag between commas, its state abbreviated.
    (
        (
            "Rep. Bo Renn, D-N.Y., met Ada Kerr, a teacher, on Tuesday.",
            "“We need the funds,” the New York Democrat said.",
        ),
        "We need the funds",
        "Bo Renn",
    ),
    # An age between commas: "the 62-year-old" is the man of that age.
    (
        (
            "Tom Reddy, 62, a farmer, spoke on Monday. Ada Kerr, a teacher, listened.",
            "“Rain is late,” said the 62-year-old.",
        ),
        "Rain is late",
        "Tom Reddy",
    ),
    # The title and the party together: "the Republican senator" is the tagged senator.
    (
        (
            "Sen. Ada Kerr (R-Ohio) met Gov. Tom Reddy (D-Ind.) on Monday.",
            "“Taxes must fall,” said the Republican senator.",
        ),
        "Taxes must fall",
        "Ada Kerr",
    ),
    # A party no one here was tagged with: no one's, left as written.
    (
        (
            "Sen. Ada Kerr (R-Ohio) met Gov. Tom Reddy (D-Ind.) on Monday.",
            "“Taxes must fall,” said the Ohio Democrat.",
        ),
        "Taxes must fall",
        "Ohio Democrat",
    ),
    # A body whose name ends in a party's is still that body.
    (
        (
            "Sen. Ada Kerr (R-Ohio) spoke on Monday.",
            "“We back her,” said the Ohio Republican Party.",
        ),
        "We back her",
        "Ohio Republican Party",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), TAGGED)
def test_a_tag_beside_a_name_is_a_role(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


TAG_ROLES = [
    # (text after the name, the roles its tag gives)
    (" (R-Ohio) said", ["Ohio Republican"]),
    (" (D-Calif.) said", ["California Democrat"]),
    (", I-Vt., said", ["Vermont Independent"]),
    (" (R) said", ["Republican"]),
    (" (D-X.Q.) said", ["Democrat"]),  # an abbreviation we cannot spell out
    (", 62, a farmer", ["62-year-old"]),
    (" (pictured) said", []),
    (", Reddy said", []),
]


@pytest.mark.parametrize(("after", "roles"), TAG_ROLES)
def test_tag_roles(after: str, roles: list[str]) -> None:
    assert tag_roles("Ada Kerr" + after, len("Ada Kerr")) == roles


LONE_SURNAMES = [
    # (paragraphs, quoted text, expected speaker)
    # Named by surname alone, never in full, yet "he" after them is they.
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Later, Orme took the stage. He thanked the crowd. “The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Orme",
    ),
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "And even Dulles tried to calm the room, noting that he had farmed too.",
            "“The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Dulles",
    ),
    # A state, a preposition or a word inside a phrase is no one, whatever pronoun follows.
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Michigan was only doing what other states do, he told the court.",
            "“The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "Along with his brother, he has farmed for years.",
            "“The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
    (
        (
            "“Rain is late,” said Tom Reddy, a farmer.",
            "The 17 million Kazakh farmers grow wheat, he said.",
            "“The wheat is thin,” he said.",
        ),
        "The wheat is thin",
        "Tom Reddy",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), LONE_SURNAMES)
def test_a_person_named_by_surname_alone_is_in_the_cast(
    paragraphs: tuple[str, ...], quoted: str, speaker: str | None
) -> None:
    assert _speaker_of(paragraphs, quoted) == speaker


def test_a_person_found_by_a_party_tag_is_a_description() -> None:
    """ "the Ohio Republican" reads as a body's name; found by a tag it is a description,
    no surer than one (was an organisation at 0.96)."""
    paragraphs = (
        "Sen. Ada Kerr (R-Ohio) spoke on Monday.",
        "“Taxes must fall,” said the Ohio Republican.",
    )
    quote = extract_quotes(Article(title="Notes", paragraphs=paragraphs)).quotes[0]
    assert (quote.speaker, quote.how) == ("Ada Kerr", AttributionHow.DESCRIPTION)
    assert quote.confidence < 0.9


def test_tag_roles_hold_the_title() -> None:
    assert tag_roles("Ada Kerr (R-Ohio) said", len("Ada Kerr"), "Sen.") == ["Ohio Republican Sen."]
