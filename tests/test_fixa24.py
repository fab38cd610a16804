"""Confident wrong speakers a review found: a passive "’s", a told name that is no name, and
a participle after a side clause of time.

Each case is a short invented article; the speaker is what "who said it?" must answer.
"""

from __future__ import annotations

import pytest

from store.models import Article, Quote, QuoteKind
from store.quotes.extract import extract_quotes


def _quotes(*paragraphs: str) -> list[Quote]:
    return list(extract_quotes(Article(title="Harbour news", paragraphs=paragraphs)).quotes)


def _speakers_of(words: str, *paragraphs: str) -> list[str | None]:
    """The speaker of every quote holding `words`."""
    return [q.speaker for q in _quotes(*paragraphs) if words in q.text]


CONTRACTED_IS = [
    # "It’s said that ...": "it is said", a rumour nobody here tells.
    (
        ("Ada Kerr runs the ferry office in Hull.", "It's said that the office will shut in May."),
        "the office will shut",
    ),
    # "’s called “...” by": the name others give him, not his words.
    (("Tom Dunn runs the quay. He’s called “the fixer” by the pilots.",), "the fixer"),
    (
        ("Tom Dunn runs the quay. It’s called “the best berth in Hull” by the pilots.",),
        "the best berth",
    ),
    # "’s said to be": a rumour about him.
    (("Tom Dunn runs the quay. He’s said to be “furious” about the sale.",), "furious"),
]


@pytest.mark.parametrize(("paragraphs", "words"), CONTRACTED_IS)
def test_a_passive_contracted_is_credits_not_its_subject(
    paragraphs: tuple[str, ...], words: str
) -> None:
    speakers = [speaker or "" for speaker in _speakers_of(words, *paragraphs)]
    assert not [speaker for speaker in speakers if "Kerr" in speaker or "Dunn" in speaker]


CONTRACTED_HAS = [
    # Unchanged: "he’s said" and "she’s promised to" are "has".
    (("Tom Dunn runs the quay. He’s said the sale is “a mistake.”",), "the sale is", "Tom Dunn"),
    (
        ("Ada Kerr runs the ferry office. She’s repeatedly said the office “will never shut.”",),
        "will never shut",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), CONTRACTED_HAS)
def test_a_pronouns_contracted_has_still_speaks(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert set(_speakers_of(words, *paragraphs)) == {speaker}


TOLD_WORDS = [
    # Whose kin he is, not his name.
    (
        (
            "Ada Kerr died in the fire on Monday.",
            "“She fed the whole street,” said a man, who identified himself as Kerr's nephew.",
        ),
        "a man",
    ),
    # A creed or a people, not a name.
    (
        (
            "“The roof fell in during the prayers,” said a worshipper, who identified himself as"
            " Hindu.",
        ),
        "a worshipper",
    ),
    (("“We heard the bells,” said a woman, who identified herself as Irish Catholic.",), "a woman"),
    # A name kept back, or a common word the article writes in lower case too.
    (
        ("“Where is my cat?” asked a woman, who said her name was Private but lived nearby.",),
        "a woman",
    ),
    (
        (
            "The harbour shut at noon.",
            "“Is the bridge open?” asked a driver, who said his name was Harbour.",
        ),
        "a driver",
    ),
    # Unchanged: a first name, even a common word's, or a full name is the speaker.
    (
        ("The bill passed on Monday.", "“Is it over?” asked a boy, who said his name was Bill."),
        "Bill",
    ),
    (("“Why now?” asked a man, who identified himself as Tom Dunn.",), "Tom Dunn"),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), TOLD_WORDS)
def test_a_told_name_must_be_a_proper_name(paragraphs: tuple[str, ...], speaker: str) -> None:
    direct = [q for q in _quotes(*paragraphs) if q.kind == QuoteKind.DIRECT]
    assert direct[-1].speaker == speaker


SIDE_CLAUSES = [
    # The participle is the sentence subject's: the side clause's verb has no object...
    (
        "Ada Kerr left the hall when Mr. Tom Dunn arrived, saying she would not “sit with him.”",
        "Ada Kerr",
    ),
    ("Ada Kerr left the pier as Tom Dunn watched, saying she was “done with this.”", "Ada Kerr"),
    (
        "Ada Kerr spoke for an hour as Tom Dunn listened, adding that the ferry would “never”"
        " stop.",
        "Ada Kerr",
    ),
    # ... or it has one, but the cue fits the sentence's subject ("she" is Ada Kerr), or
    # "adding" says the one who spoke goes on.
    (
        "Ada Kerr left the hall as Tom Dunn opened the meeting, saying she had “other plans.”",
        "Ada Kerr",
    ),
    ("“We won,” Tom Dunn said as Ada Kerr took the stage, adding, “It was close.”", "Tom Dunn"),
    # The side clause's subject: a pronoun of the other sex, a subject that is a thing, or
    # one whose words the sentence opened with.
    (
        "Ada Kerr looked away as Tom Dunn took the microphone, saying he was “ready to serve.”",
        "Tom Dunn",
    ),
    (
        "The hall fell silent as Tom Dunn took the stage, saying the ferry was “here to stay.”",
        "Tom Dunn",
    ),
    (
        "“Is it over?” Tom Dunn wrote when Ada Kerr closed the hearing with a joke, remarking,"
        " “Go home, all of you.”",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SIDE_CLAUSES)
def test_a_participle_after_a_side_clause_is_the_sentence_subjects_unless_it_cannot_be(
    paragraph: str, speaker: str
) -> None:
    quotes = _quotes(paragraph)
    direct = [q for q in quotes if q.kind == QuoteKind.DIRECT]
    assert direct, "no direct quote found"
    assert direct[-1].speaker == speaker  # the quote after the participle
    assert {q.speaker for q in quotes if q.kind == QuoteKind.INDIRECT} <= {speaker}
