"""Confident wrong speakers (stop 21): names a clause or a description holds, never its speaker."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution
from store.quotes.extract import extract_quotes


def _extract(paragraphs: tuple[str, ...], title: str = "Notes") -> Attribution:
    return extract_quotes(Article(title=title, paragraphs=paragraphs))


def _credit_of(found: Attribution, words: str) -> tuple[str | None, float]:
    """Speaker and confidence of the direct quote opening with `words` (None, 0 when none)."""
    quote = next(
        (q for q in found.quotes if q.kind.value == "direct" and q.text.startswith(words)), None
    )
    return (quote.speaker, quote.confidence) if quote else (None, 0.0)


# A name that is only the object inside the subject's appositive, or before an object
# relative ("..., which an inquiry said"), is never the speaker, least of all a sure one.
NOT_THE_SPEAKER = [
    (
        (
            "Ada Mukor spoke on Tuesday.",
            "Mukor, the attorney general under President Tom W. Bosh, faulted the plan, which "
            "an inquiry said was “rather careless” but not a crime.",
        ),
        "rather careless",
        "Tom W. Bosh",
    ),
    (
        (
            "Tom Birch, a former agent for President Bob Clanton has written a book on the “wild” years.",
        ),
        "wild",
        "Bob Clanton",
    ),
    (
        ("Tom Birch, an aide to Bob Clanton said the plan was “hopeless” at best.",),
        "hopeless",
        "Bob Clanton",
    ),
    # A name that is the object of a participle inside the subject is whom it qualifies.
    (
        ("Senator Bo Kerr won the state.", "Voters backing Kerr said the race was “a new age.”"),
        "a new age",
        "Bo Kerr",
    ),
    (
        (
            "Senator Bo Kerr won the state.",
            "“It was big,” Dunn said. Middle Ohio embracing Kerr announced “a new age, that is "
            "the best way to put it.”",
        ),
        "a new age",
        "Bo Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "wrong"), NOT_THE_SPEAKER)
def test_a_name_inside_a_clause_or_description_is_not_the_sure_speaker(
    paragraphs: tuple[str, ...], words: str, wrong: str
) -> None:
    speaker, confidence = _credit_of(_extract(paragraphs), words)
    assert speaker != wrong or confidence < 0.9


# The appositive left unclosed still describes the name before it, who speaks.
UNCLOSED_APPOSITIVES = [
    (
        ("Tom Birch, an aide to Bob Clanton said the plan was “hopeless” at best.",),
        "hopeless",
        "Tom Birch",
    ),
    (
        ("Tom Birch, an aide to Bob Clanton, said the plan was “hopeless” at best.",),
        "hopeless",
        "Tom Birch",
    ),
    (("Katie Lamm, who chairs the fund said it was “broke.”",), "broke", "Katie Lamm"),
    # A job's -ing word before the name is no participle: the name speaks.
    (
        ("Former policy planning director Ada Kerr wrote that it was “a major win.”",),
        "a major",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), UNCLOSED_APPOSITIVES)
def test_an_unclosed_appositive_leaves_its_name_the_speaker(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _credit_of(_extract(paragraphs), words)[0] == speaker


# A cue joined by "and" to a "who" clause after an inverted cue is the inverted cue's
# speaker's, never the name opening the sentence before the first quote.
WHO_CLAUSES = [
    (
        (
            "General Tom H. Pratt was charged last year.",
            'Pratt "walked away so freely there is not much left to try," said a former official who '
            'ran the inquiries and described the affair as "a lesser case."',
        ),
        "a lesser case",
        "a former official",
    ),
    (
        (
            "Mayor Ada Lind spoke on Monday.",
            'Lind "is done," according to a person who attended and described the talk as "a farewell."',
        ),
        "a farewell",
        "a person",
    ),
    # No inverted cue before the "who": the sentence's subject goes on, not the clause's noun.
    (
        (
            "Mayor Ada Lind spoke on Monday.",
            "Her campaign hailed mothers who lost sons and said some would “campaign hard.”",
        ),
        "campaign hard",
        "Ada Lind",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), WHO_CLAUSES)
def test_a_who_clause_after_an_inverted_cue_goes_on_with_its_speaker(
    paragraphs: tuple[str, ...], words: str, speaker: str
) -> None:
    assert _credit_of(_extract(paragraphs), words)[0] == speaker


# A few words in marks standing as the hearer of "asked the", "told a" are the writer's
# scare quote, nobody's speech; a possessive or a clause in the marks keeps them speech.
HEARER_QUOTES = [
    (
        (
            "Aide Tom Reddy wrote back at once.",
            "Reddy asked the “reporter” to join a private chat.",
        ),
        "reporter",
        False,
    ),
    (
        ("Aide Tom Reddy wrote back at once.", "Reddy told an “expert” that the plan was safe."),
        "expert",
        False,
    ),
    (
        ("Aide Tom Reddy wrote back at once.", "Reddy said he had told his “people” to check it."),
        "people",
        True,
    ),
    (
        ("Aide Tom Reddy wrote back at once.", "Reddy told the “panel, you are wrong,” and left."),
        "panel",
        True,
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "kept"), HEARER_QUOTES)
def test_a_scare_quoted_hearer_is_nobodys_quote(
    paragraphs: tuple[str, ...], words: str, kept: bool
) -> None:
    assert (_credit_of(_extract(paragraphs), words)[0] is not None) is kept


# "the clubs who wrote to her say": a relative clause ending on an object pronoun is the
# noun's, whom the pronoun is not; a comma before a lower-case noun closes another clause.
RELATIVE_OBJECTS = [
    (
        (
            "Mayor Ada Lind spoke on Monday.",
            "While Lind has condemned the plan, the clubs who sent her letters on Thursday say they "
            "are “worried about your campaign.”",
        ),
        "worried about",
        "Ada Lind",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "wrong"), RELATIVE_OBJECTS)
def test_an_object_pronoun_ending_a_relative_clause_does_not_speak(
    paragraphs: tuple[str, ...], words: str, wrong: str
) -> None:
    assert _credit_of(_extract(paragraphs), words)[0] != wrong


def test_a_named_appositive_owner_before_a_relative_still_speaks() -> None:
    found = _extract(("Ada Kerr, a nurse who backs Tom Reddy, said it was “a fine plan.”",))
    assert _credit_of(found, "a fine plan")[0] == "Ada Kerr"


# "claims of", "reports of": a cue word before "of" is a noun; "says of" still speaks.
NOUN_CUES = [
    (
        (
            "Critics plan a report to disprove Republican claims of “great progress” in the inquiry.",
        ),
        "great progress",
        None,
    ),
    (
        ("Ada Kerr spoke on Monday.", "“It is fine,” Kerr says of the plan."),
        "It is fine",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), NOUN_CUES)
def test_a_cue_word_before_of_is_a_noun(
    paragraphs: tuple[str, ...], words: str, speaker: str | None
) -> None:
    assert _credit_of(_extract(paragraphs), words)[0] == speaker
