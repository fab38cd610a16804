"""Review fixes stop 22 (issue 11): names of bodies that open with a job or a rank word
(store.quotes.job_openers, listed_jobs, rank_bodies, body_name_ends)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.job_openers import role_before_a_name


def _quotes(*paragraphs: str) -> list[tuple[int | None, str, str | None]]:
    quotes = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes
    return [(q.paragraph, q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # A plural job before a body's name is its first word: no list of people follows.
        (
            "“We will strike on Monday,” Teachers United Northport said.",
            "Teachers United Northport",
        ),
        ("“We will strike on Monday,” Nurses United Dunmore said.", "Nurses United Dunmore"),
        # A job word before a run ending in a body's head is part of the body's name.
        (
            "“Growth will slow to one percent,” Economist Intelligence Unit said.",
            "Economist Intelligence Unit",
        ),
        ("“Growth will slow,” Economist Policy Alliance said.", "Economist Policy Alliance"),
        # Kept: a body word inside the run, a job before a person's full name.
        ("Pilots Union Northport said “we will strike on Monday.”", "Pilots Union Northport"),
        ("“We will strike on Monday,” Novelist Jude Marren said.", "Jude Marren"),
    ],
)
def test_a_job_word_opening_a_body_name_stays_in_it(paragraph: str, speaker: str) -> None:
    assert [who for _, _, who in _quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # A plural job then names joined by "and" or a comma: a list of people.
        ("Nurses Jude Marren and Joy Pemberton have won the Harwell Prize.", "Jude Marren"),
        ("Pianists Jude Marren, Joy Pemberton and Bo Renn have won the prize.", "Jude Marren"),
        # Alone, a plural job and two capitals are read whole, as a body's name may be.
        ("Nurses Jude Marren has won the Harwell Prize.", "Nurses Jude Marren"),
    ],
)
def test_a_plural_job_opens_only_a_list_of_people(opening: str, speaker: str | None) -> None:
    quotes = _quotes(opening, "“I never expected this,” Marren said.")
    assert [who for _, _, who in quotes] == [speaker]


@pytest.mark.parametrize(
    ("word", "role"),
    [("Christ", False), ("Twist", False), ("Artist", True), ("Economist", True)],
)
def test_only_agents_in_ist_are_jobs(word: str, role: bool) -> None:
    assert role_before_a_name([word, "Jude", "Marren"]) is role


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # A rank and one word the article follows with "he": the person, who goes on speaking.
        (
            (
                "“We hold the ridge and we will not give it up,” General Okafor said on Monday.",
                "“The men are tired,” he added.",
            ),
            [(0, "Okafor"), (1, "Okafor")],
        ),
        # ... or writes alone later: the same speaker both times.
        (
            (
                "“We hold the ridge,” General Okafor said on Monday.",
                "Later Okafor told reporters “the men are tired but ready.”",
            ),
            [(0, "Okafor"), (1, "Okafor")],
        ),
        # A rest that heads a company's name is the company's, even with "she" after it.
        (
            ("“We will cut 500 jobs,” General Motors said on Monday. She gave no figures.",),
            [(0, "General Motors")],
        ),
        # Kept: a body opener and a word no one is known by, with no person in sight.
        (("“We follow every law,” General Sprockets said.",), [(0, "General Sprockets")]),
        (("“We will not cut power,” National Grid said.",), [(0, "National Grid")]),
    ],
)
def test_a_rank_before_a_surname_is_a_person(
    paragraphs: tuple[str, ...], expected: list[tuple[int | None, str]]
) -> None:
    quotes = _quotes(*paragraphs)
    assert [(paragraph, who) for paragraph, _, who in quotes if who] == expected


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # review22b: "he" after another full name is that person's, no sign of a General.
        (
            (
                "“The drone passed every test,” General Atomics said on Friday.",
                "Its founder, Bo Renn, said he was proud of the team.",
            ),
            "General Atomics",
        ),
    ],
)
def test_a_pronoun_after_another_full_name_makes_no_rank(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    quotes = extract_quotes(Article(title="Drones", paragraphs=paragraphs)).quotes
    assert quotes[0].speaker == speaker
