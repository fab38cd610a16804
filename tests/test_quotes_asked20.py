"""Faults a demanding user met in answers: a country glued to a name, names inside quotes,
a place credited by a headline, a Q/A label inside the words, a surname two people share."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from handlers.answer import answer_question
from store.ingest.batch import store_article
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


NAMES_INSIDE_QUOTES = [
    # (paragraphs, names the article mentions, names it must not)
    (
        ('"Ties were cut under Ivo Nikolaevich Marek," said Bo Renn.',),
        {"Ivo Nikolaevich Marek"},
        set(),
    ),
    (('"I spoke to Ada Kerr twice," said Bo Renn.',), {"Ada Kerr"}, set()),
    (('"Governor Lund Varo lied," said Bo Renn.',), {"Lund Varo"}, set()),
    # Titles and slogans in capitals are no one.
    (('"We watched Breaking News and Merry Meadows," said Bo Renn.',), set(), {"Breaking News"}),
    # Named in narration already: one mention, by the narration's name.
    (
        ("Bo Renn met Ada Lise Kerr on Monday.", '"Ada Kerr is wrong," said Renn.'),
        {"Ada Lise Kerr"},
        {"Ada Kerr"},
    ),
    # The speaker is no mention, even when a quote names him too.
    (('"Bo Renn never gives up," said Bo Renn.',), set(), {"Bo Renn"}),
]


@pytest.mark.parametrize(("paragraphs", "named", "not_named"), NAMES_INSIDE_QUOTES)
def test_names_inside_quotes_are_mentions(
    paragraphs: tuple[str, ...], named: set[str], not_named: set[str]
) -> None:
    found = _extract(paragraphs)
    mentioned = {p.name for p in found.mentioned}
    assert named <= mentioned and not (not_named & mentioned)
    assert [s.name for s in found.speakers] == ["Bo Renn"]  # a name inside marks never speaks


def test_the_seed_mentions_the_president_its_quote_names(seed_text: str) -> None:
    mentioned = {p.name: p.names for p in extract_quotes(parse_text(seed_text)).mentioned}
    assert "Saakashvili" in mentioned["Mikheil Nikolaevich Saakashvili"]


def test_a_name_said_in_a_quote_is_stored_as_a_mention(fresh_db: Database) -> None:
    article = Article(
        title="Harbour",
        url="https://example.org/quoted-name",
        paragraphs=('"The dock was built under Ivo Nikolaevich Marek," said Marta Quill.',),
    )
    store_article(fresh_db, article)
    rows = fresh_db.execute("SELECT person, name FROM mentions ORDER BY 2").fetchall()
    assert rows == [
        ("Ivo Nikolaevich Marek", "Ivo Nikolaevich Marek"),
        ("Ivo Nikolaevich Marek", "Marek"),
    ]
    answer = answer_question(fresh_db, "what did Marek say?")
    assert "is mentioned in 1 article but not quoted" in answer.lead


HEADLINE_CREDITS = [
    # (title, body, who the headline's claim is given to; None: no headline statement)
    (
        "Kerr rejects fishing quota deal — Norland",
        (
            "Norland Foreign Minister Ada Kerr said the deal was unfair.",
            "Kerr also said Norland would ask the harbour council for a review.",
        ),
        None,
    ),
    (
        "Quota deal is unfair — Kerr",
        ("Norland Foreign Minister Ada Kerr said the deal was unfair.",),
        "Ada Kerr",
    ),
    (
        "Norland: the quota deal is unfair",
        ("Norland would ask the council for a review, Ada Kerr said.",),
        None,
    ),
    (
        "Quota deal is unfair — Harbour Council",
        ("The Harbour Council said the deal was unfair.",),
        "Harbour Council",
    ),
]


@pytest.mark.parametrize(("title", "body", "speaker"), HEADLINE_CREDITS)
def test_a_headline_credits_someone_who_speaks_never_a_place(
    title: str, body: tuple[str, ...], speaker: str | None
) -> None:
    found = _extract(body, title=title)
    headline = [q for q in found.quotes if q.paragraph is None]
    assert [q.speaker for q in headline] == ([speaker] if speaker else [])


INTERVIEW = (
    "Harbour master Ines Vale spoke to us about the storm season.",
    "Q: Is the sea wall high enough?",
)
QA_LABELS = [
    # (the answer paragraph, the words stored)
    (
        "A: No. We built it for a storm of another age.",
        "No. We built it for a storm of another age.",
    ),
    ("A:  Not yet, and not this winter.", "Not yet, and not this winter."),
    ("“A: We will raise it by a metre.”", "We will raise it by a metre."),
]


@pytest.mark.parametrize(("answer", "words"), QA_LABELS)
def test_an_interview_label_is_layout_not_speech(answer: str, words: str) -> None:
    found = _extract((*INTERVIEW, answer))
    (quote,) = [q for q in found.quotes if q.paragraph == 2]
    assert (quote.text, quote.speaker) == (words, "Ines Vale")
    assert answer[quote.start : quote.end] == quote.text


KERRS = (
    "Foreign Minister Ada Kerr said her government would not sign the deal.",
    "Opposition leader Tom Kerr, her cousin, said the talks had failed.",
)
NAMESAKES = [
    # (paragraphs after the two Kerrs, the words, whether the attribution may say >= 0.9)
    (('"We will not sign a bad deal," Kerr said.',), "We will not sign a bad deal", False),
    (("Kerr also said the port council would review the quota.",), "the port council", False),
    # A title's sex or a role only one of them holds tells them apart.
    (('"We will not sign a bad deal," Ms. Kerr said.',), "We will not sign a bad deal", True),
    (
        ('"The talks were a waste," Opposition leader Kerr said.',),
        "The talks were a waste",
        True,
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "sure"), NAMESAKES)
def test_a_surname_two_people_bear_is_no_sure_pick(
    paragraphs: tuple[str, ...], words: str, sure: bool
) -> None:
    found = _extract((*KERRS, *paragraphs))
    (quote,) = [q for q in found.quotes if q.paragraph == 2 and q.text.startswith(words)]
    assert quote.speaker in ("Ada Kerr", "Tom Kerr")
    assert (quote.confidence >= 0.9) is sure


def test_a_surname_only_one_person_bears_yet_stays_sure() -> None:
    found = _extract((KERRS[0], '"We will not sign," Kerr said.', KERRS[1]))
    (quote,) = [q for q in found.quotes if q.paragraph == 1]
    assert quote.speaker == "Ada Kerr" and quote.confidence >= 0.9
