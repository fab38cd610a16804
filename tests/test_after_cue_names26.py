"""Names after a cue or a partitive whose role no word list knows (probe26 patterns 3 and 4).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(*paragraphs: str) -> list[tuple[str, str | None]]:
    article = Article(title="Coast news", paragraphs=paragraphs)
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


# store.quotes.inverted_names: "said the/possessive + plain lower-case words, Full Name" names
# that person, up to four words of a job no list knows ("duty controller", "boatwright").
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "“We had no choice but to launch,” said the hospital's duty controller, Wren Osgood.",
            "We had no choice but to launch",
            "Wren Osgood",
        ),
        # A short quote used to vanish with no speaker.
        (
            "“Flares save lives,” said the trust's night controller, Wren Osgood.",
            "Flares save lives",
            "Wren Osgood",
        ),
        (
            "“The hull was sound,” said the yard's senior boatwright, Piet Harrow.",
            "The hull was sound",
            "Piet Harrow",
        ),
        (
            "“The hull was sound,” said the club's chief ropework instructor, Piet Harrow.",
            "The hull was sound",
            "Piet Harrow",
        ),
        # store.quotes.job_phrases: a capitalised owner, or where the job is held.
        (
            "“The hull was sound,” said the Marrow Yacht Club's chief rigger, Piet Harrow.",
            "The hull was sound",
            "Piet Harrow",
        ),
        (
            "“The hull was sound,” said the night controller at the trust, Wren Osgood.",
            "The hull was sound",
            "Wren Osgood",
        ),
    ],
)
def test_unlisted_job_after_the_cue_names_the_person(
    paragraph: str, quote: str, speaker: str
) -> None:
    assert _direct("Two sailors were rescued off Marrow Point on Sunday.", paragraph) == [
        (quote, speaker)
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A capitalised word in the phrase: a body's own name, no job to read.
        "“The hull was sound,” said the Harbour Trust's new Marine Board, Piet Harrow.",
        # Past the length a job phrase takes: a clause, not a role.
        "“The hull was sound,” said the man who had built the boat in his yard, Piet Harrow.",
    ],
)
def test_longer_or_named_phrases_name_no_one_after_the_cue(paragraph: str) -> None:
    found = _direct("Two sailors were rescued off Marrow Point on Sunday.", paragraph)
    assert ("The hull was sound", "Piet Harrow") not in found


# store.quotes.partitive_names: "One of them, Jo Park, said" names Park, the partitive's
# pronoun being only which of the group spoke.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("Three walkers saw the blaze. One of them, Ilse Ravn, said: “It was enormous.”",),
            "Ilse Ravn",
        ),
        (
            (
                "Two musicians were on the ferry.",
                "One of them, the cellist Odile Brasse, said: “We heard a bang and then silence.”",
            ),
            "Odile Brasse",
        ),
        (
            (
                "Four climbers were stranded overnight.",
                "“We kept each other awake,” another of them, Bram Tuller, said.",
            ),
            "Bram Tuller",
        ),
        # After the cue: the partitive's name, as after a role.
        (
            (
                "Four climbers were stranded overnight. “We kept each other awake,” said one of them, Bram Tuller.",
            ),
            "Bram Tuller",
        ),
        # "Another" alone was read as a name, at 0.92.
        (
            ("Four climbers were stranded overnight. Another, Bram Tuller, said: “We sang.”",),
            "Bram Tuller",
        ),
    ],
)
def test_a_partitive_renamed_by_a_full_name_is_that_person(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert [s for _, s in _direct(*paragraphs)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The appositive is someone's relative: not the named person.
        "Three walkers saw the blaze. One of them, Ilse Ravn's brother, said: “It was enormous.”",
        # A surname alone could be anyone's of the group: left as it was.
        "Three walkers saw the blaze. One of them, Ravn, said: “It was enormous.”",
    ],
)
def test_a_partitive_with_no_full_name_is_not_renamed(paragraph: str) -> None:
    assert [s for _, s in _direct(paragraph)] != ["Ilse Ravn"]
