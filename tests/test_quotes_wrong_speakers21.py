"""Direct quotes given the wrong speaker (stop 21): whom the next quote's pronoun means."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution
from store.quotes.clause_speakers import opens_own_clause
from store.quotes.extract import extract_quotes


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _speaker_of(found: Attribution, words: str) -> str | None:
    return next(q.speaker for q in found.quotes if q.text.startswith(words))


# A credit that closes the sentence, or a speaker opening the clause after a fronted phrase:
# that speaker, not the subject of the words credited, is whom the next "he said" means.
OWN_CLAUSE_SPEAKERS = [
    (
        (
            "Senator Bo Kerr drew big crowds in the valley last spring.",
            "Kerr won the small towns over with long speeches, Tom Vance said.",
            '"He was sharp and quick," he said.',
        ),
        "He was sharp",
        "Tom Vance",
    ),
    (
        (
            "Mayor Luisa Ortega has raised taxes twice.",
            "Ortega lost the suburbs by a wide margin, said Carla Dunn, a pollster in the state.",
            '"Voters there remember," she said.',
        ),
        "Voters there remember",
        "Carla Dunn",
    ),
    (
        (
            "Governor Bo Kerr spoke at the fair on Monday.",
            "Of Kerr, Tom Vance, who has known him for years, said he works hard.",
            '"I am a fan of his," he said.',
        ),
        "I am a fan",
        "Tom Vance",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), OWN_CLAUSE_SPEAKERS)
def test_a_speaker_opening_his_own_clause_is_whom_the_pronoun_means(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _speaker_of(_extract(paragraphs), words) == speaker


OPENS_OWN_CLAUSE = [
    # (sentence, the speaker's name in it, whether the name opens a clause of its own)
    ("Kerr won them over, Vance said.", "Vance", True),
    ("Kerr won them over, said Vance.", "Vance", True),
    ("Kerr won them over, said Vance, an aide to the mayor.", "Vance", True),
    ("Kerr won them over, Vance said on Monday.", "Vance", True),
    ("In Ohio, Vance said the plan would fail.", "Vance", True),
    # An inverted verb with more clause after the name reports what someone else will do.
    ("The envoy, said Vance must leave soon.", "Vance", False),
    ("Kerr met Vance, who said nothing.", "Vance", False),
    ("Kerr, Vance and Lee said so.", "Vance", False),
    ("Kerr balked when Vance asked.", "Vance", False),
]


@pytest.mark.parametrize(("sentence", "name", "opens"), OPENS_OWN_CLAUSE)
def test_which_speakers_open_a_clause_of_their_own(sentence: str, name: str, opens: bool) -> None:
    assert opens_own_clause(sentence, sentence.index(name)) is opens
