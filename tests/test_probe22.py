"""Shapes of unseen news found by probing invented articles (probe22).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    article = Article(title="Harbour news", paragraphs=paragraphs)
    return [(q.text, q.speaker, q.kind) for q in extract_quotes(article).quotes]


# store.quotes.governed_cues: "claims" that a verb of denial or a preposition governs is a
# noun, so the clause after it is not the subject's statement (it is what he denies).
@pytest.mark.parametrize(
    "paragraph",
    [
        "The fisheries minister, Oliver Grange, has denied claims that his department hid a "
        "report on falling fish stocks.",
        "The harbour chief, Tom Vance, rejected claims that the port was unsafe for ships.",
        "Tom Vance, the harbour chief, denies claims that the port was unsafe for ships.",
        # A preposition: the claims are unnamed people's, never the mayor's.
        "The mayor, Ada Kerr, resigned amid claims that she lied to the council about money.",
    ],
)
def test_claims_a_speaker_denies_are_not_her_statement(paragraph: str) -> None:
    assert _quotes(paragraph) == []


def test_a_speaker_who_claims_still_states() -> None:
    paragraph = "The mayor, Ada Kerr, claims that she was never told about the report."
    assert _quotes(paragraph) == [("she was never told about the report", "Ada Kerr", "indirect")]


# store.quotes.sentences: a sentence ends before an opening ASCII single quote (BBC style),
# so a reported clause stops at its full stop instead of swallowing the quotes after it.
@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        (
            "Margaret Ellery said she was 'overwhelmed' by the gift. 'We thought we were "
            "finished,' she told reporters.",
            "she was 'overwhelmed' by the gift",
        ),
        (
            "Tom Ashe said the plan was rushed. 'Nobody has thought this through,' he said.",
            "the plan was rushed",
        ),
    ],
)
def test_a_reported_clause_stops_before_a_single_quoted_sentence(
    paragraph: str, statement: str
) -> None:
    indirect = [text for text, _, kind in _quotes(paragraph) if kind == "indirect"]
    assert indirect == [statement]


# store.quotes.job_openers: a capitalised job opening a sentence before a full name is the
# role, never the name's first word (when the first name is one we do not know).
@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Novelist Jude Marren has won the Harwell Prize.", "Jude Marren"),
        ("Pianist Jude Marren has won the Harwell Prize.", "Jude Marren"),
        ("Chef Jude Marren has won the Harwell Prize.", "Jude Marren"),
        ("Actress Jude Marren has won the Harwell Prize.", "Jude Marren"),
        # A plural job before a list of names.
        ("Nurses Jude Marren and Joy Pemberton have won the Harwell Prize.", "Jude Marren"),
        # Kept: a first name we know stays the name's, a two-word name stays whole.
        ("Guy Frost Lowe has won the Harwell Prize.", "Guy Frost Lowe"),
        ("Jude Marren has won the Harwell Prize.", "Jude Marren"),
    ],
)
def test_a_job_before_a_full_name_is_the_role(opening: str, speaker: str) -> None:
    surname = speaker.split()[-1]
    quotes = _quotes(opening, f"“I never expected this,” {surname} said.")
    assert [(text, who) for text, who, _ in quotes] == [("I never expected this", speaker)]


# store.quotes.layouts: a live blog's 24-hour clock ("22:41") opening an entry is blanked,
# so that the entry's subject is read as the speaker.
@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        (
            "22:41 Prime Minister Elias Vorn says he will wait for the official result.",
            "Elias Vorn",
        ),
        ("09:45 Local farmer Bill Hart tells us his barn roof was torn off.", "Bill Hart"),
        # Kept: a clock and a dash read well already.
        ("09:45 - Local farmer Bill Hart tells us his barn roof was torn off.", "Bill Hart"),
    ],
)
def test_a_live_blog_clock_opening_an_entry_is_no_part_of_it(entry: str, speaker: str) -> None:
    assert [(who, kind) for _, who, kind in _quotes(entry)] == [(speaker, "indirect")]


# store.quotes.according_names: "according to" a role and then a name is the named person's,
# and her statement starts after her name's comma.
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "According to the festival's director, Tess Rowe, the site is flooded.",
            [("the site is flooded", "Tess Rowe", "indirect")],
        ),
        (
            "According to the festival director Tess Rowe, the site is flooded.",
            [("the site is flooded", "Tess Rowe", "indirect")],
        ),
        # Kept: a name first, a role alone, and someone's friends (no one named speaks).
        (
            "According to Tess Rowe, the festival's director, the site is flooded.",
            [("the site is flooded", "Tess Rowe", "indirect")],
        ),
        (
            "According to the mayor, the site is flooded.",
            [("the site is flooded", "the mayor", "indirect")],
        ),
        ("According to friends of Tess Rowe, the site is flooded.", []),
    ],
)
def test_according_to_a_role_then_a_name_is_the_named_person(
    paragraph: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _quotes(paragraph) == expected


# store.quotes.according_names: a job no word list knows ("the conductor") before a name's
# comma after an inverted cue still describes that name, which speaks.
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Her voice is as strong as ever,” said the conductor, Tobias Lenk.", "Tobias Lenk"),
        (
            "“Her voice is as strong as ever,” said the hall's conductor, Tobias Lenk.",
            "Tobias Lenk",
        ),
        # Kept: a known job, and a name's possessive (his wife speaks, not he).
        ("“Her voice is as strong as ever,” said the director, Tobias Lenk.", "Tobias Lenk"),
        ("“Her voice is as strong as ever,” said the woman, Tobias Lenk's wife.", "the woman"),
    ],
)
def test_an_unknown_job_before_a_name_after_an_inverted_cue(paragraph: str, speaker: str) -> None:
    assert [who for _, who, _ in _quotes(paragraph)] == [speaker]
