"""What "he" and "she" may mean: a person's name, never a misread phrase taken for one."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.salience import in_subject_place, name_like

CASES = [
    # (paragraphs, quoted text, expected speaker)
    # A title after "as" that narration took for a name is no one "he" can mean.
    (
        (
            "Ray Dunn met a veteran at the diner on Monday.",
            "Dunn, grinning, offered the man a post as Harbour Master, then left.",
            "He says, “that is how you get smart.”",
        ),
        "that is how you get smart.",
        "Ray Dunn",
    ),
    # Another's aide named by a description is no "she" either: the woman spoke.
    (
        (
            "Lena Ortiz spoke at the rally on Saturday, during which she thanked the crowd.",
            "Pollster Sam Reed's campaign manager said the turnout was low.",
            "“I want to thank every volunteer,” she said.",
        ),
        "I want to thank every volunteer",
        "Lena Ortiz",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), CASES)
def test_pronoun_skips_what_is_no_name(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/p", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes[quoted] == speaker


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ray Dunn", True),
        ("Charles de Gaulle", True),
        ("Reed", True),
        ("Secretary of Defense", False),
        ("Reed's campaign manager", False),
        ("Walking", False),
        ("Two", False),
        ("State Department", False),
        ("Bill Dorsey", True),
    ],
)
def test_name_like(name: str, expected: bool) -> None:
    assert name_like(name) is expected


SUBJECT_PLACES = [
    # (sentence, name, in subject place)
    # An opening adverb's comma before the name and its appositive is no list.
    ("Recently, Hal Brode, a former mayor, was asked about it.", "Hal Brode", True),
    ("She toured Iowa, Hal Brode, Ohio and Texas.", "Hal Brode", False),
    # A long title of the name's own, after an opening phrase, still heads the subject.
    (
        "Late on Monday night in Dayton, Ohio Democratic campaign manager Kit Mayle left.",
        "Kit Mayle",
        True,
    ),
    ("On Monday night the county sheriff spoke about Kit Mayle at length.", "Kit Mayle", False),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), SUBJECT_PLACES)
def test_in_subject_place(sentence: str, name: str, expected: bool) -> None:
    at = sentence.index(name)
    assert in_subject_place(sentence, at, at + len(name), 0) is expected


def test_subject_after_an_opening_adverb_is_what_he_means() -> None:
    article = Article(
        url="https://example.test/q",
        title="Report",
        paragraphs=(
            "“We are ready,” Tom Aske said.",
            "Recently, Hal Brode, a former mayor who hosts a phone-in, was asked by a caller "
            "about the plan. “So they can win,” he said.",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["So they can win"] == "Hal Brode"


def test_topic_opening_is_what_the_pronoun_means() -> None:
    """ "As for X, he said": X, not the speaker of the sentence before."""
    article = Article(
        url="https://example.test/t",
        title="Report",
        paragraphs=(
            "Tod Bane and Ned Coyle both spoke in Erie.",
            "“We must respect the voters,” Coyle said.",
            "As for Bane, he said he is not worried. “I will have the delegates,” he said.",
        ),
    )
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes["I will have the delegates"] == "Tod Bane"


EMBEDDED = [
    # A speaker inside another man's sentence is not whom the next "he" means.
    (
        (
            "Sen. Ed Ryle spoke to reporters on Sunday.",
            "Ryle did not sound confident when host Tom Pike asked whether his party would "
            "hold the House.",
            "“This year is going to be unpredictable,” he said.",
        ),
        "This year is going to be unpredictable",
        "Ed Ryle",
    ),
    (
        (
            "Rep. Ben Cardy turned the story on the newspaper.",
            "He noted that its reporter Al Moss had reported the campaign was falling apart.",
            "“Apparently not,” he said.",
        ),
        "Apparently not",
        "Ben Cardy",
    ),
]


@pytest.mark.parametrize(("paragraphs", "quoted", "speaker"), EMBEDDED)
def test_embedded_speaker_is_not_the_next_pronoun(
    paragraphs: tuple[str, ...], quoted: str, speaker: str
) -> None:
    article = Article(url="https://example.test/e", title="Report", paragraphs=paragraphs)
    quotes = {q.text: q.speaker for q in extract_quotes(article).quotes}
    assert quotes[quoted] == speaker
