"""Description speakers: a person or body noun, resolved to a named person only when it fits."""

from __future__ import annotations

import pytest

from store.models import Article, Attribution, AttributionHow
from store.quotes.antecedents import head_fits
from store.quotes.confidence import CONFIDENCE
from store.quotes.extract import extract_quotes
from store.quotes.mentions import MentionKind, read_mention
from store.quotes.person_words import can_speak


def extract(*paragraphs: str) -> Attribution:
    return extract_quotes(Article(title="A headline", paragraphs=paragraphs))


def speaker_of(attribution: Attribution, words: str) -> str | None:
    return next(q.speaker for q in attribution.quotes if words in q.text)


# --- a description speaker must be a person or body noun ------------------------------------

NOT_SPEAKERS = [
    # Times, places and things after a determiner are no speakers of a cue.
    "the days",
    "this month",
    "the same harbour",
    "a 1998 pottery class",
    "his proposed extension",
    "the ferry schedule",
    "an improvement",
    "the fishing season",
    # A clause read as a noun phrase: an object pronoun inside, or "her of".
    "accused her of making racist",
    "Kerr’s blunt remarks make him wish Democrats",
]


@pytest.mark.parametrize("chunk", NOT_SPEAKERS)
def test_time_place_and_object_nouns_are_no_speakers(chunk: str) -> None:
    assert read_mention(chunk) is None


SPEAKERS = [
    # People, bodies, agent nouns, ages and the writings a quote is read from still are.
    "the gambling tycoon",
    "the retired neurosurgeon",
    "the committee chairmen",
    "a young woman",
    "the crowd",
    "the 52-year-old",
    "a local historian",
    "the retiree",
    "one diner",
    "the suit",
    "one message",
    "a voice over",
    "one questioner",
    "the clip",
]


@pytest.mark.parametrize("chunk", SPEAKERS)
def test_person_body_and_text_nouns_still_speak(chunk: str) -> None:
    mention = read_mention(chunk)
    assert mention is not None and mention.kind == MentionKind.DESCRIPTION


@pytest.mark.parametrize(
    ("head", "speaks"),
    [
        ("economists", True),
        ("witnesses", True),
        ("allies", True),
        ("congressmen", True),
        ("master", True),
        ("shopkeeper", True),
        ("policymakers", True),
        ("list", False),
        ("wrist", False),
        ("degree", False),
        ("days", False),
        ("mosque", False),
    ],
)
def test_can_speak(head: str, speaks: bool) -> None:
    assert can_speak(head) is speaks


def test_a_superlative_description_stays_definite() -> None:
    # "most" opens descriptions ("most voters"), but "the most ..." is one definite phrase.
    mention = read_mention("the most senior pilot")
    assert mention is not None and mention.text == "the most senior pilot"


def test_speaker_noun_before_a_link_keeps_the_whole_description() -> None:
    # The head "thinking" cannot speak, but "source" before "familiar with" can.
    mention = read_mention("Another source familiar with the mayor’s thinking")
    assert mention is not None and mention.kind == MentionKind.DESCRIPTION
    assert mention.text == "Another source familiar with the mayor’s thinking"


def test_a_junk_description_takes_no_quote() -> None:
    attribution = extract(
        "Ferry traffic across the fjord slowed all week.",
        "“It was a quiet harbour for once,” the days seemed to say.",
    )
    assert speaker_of(attribution, "quiet harbour") != "the days"


# --- a description resolves to the person with that role only when the role fits -------------


@pytest.mark.parametrize(
    ("description", "head", "role", "fits"),
    [
        # The head fits and the other words are no role words: a place, an adjective.
        ("coastal senator", "senator", "Sen.", True),
        ("veteran mayor", "mayor", "Mayor", True),
        # A role word of the description that the written role lacks says it is someone else.
        ("harbour minority leader", "leader", "The Fjord Ledger Leader", False),
        ("former mayor", "mayor", "Mayor", False),
        ("former mayor", "mayor", "former Mayor", True),
        ("narrator in the ad", "narrator", "narrator", True),
    ],
)
def test_head_fits(description: str, head: str, role: str, fits: bool) -> None:
    assert head_fits(description, head, role) is fits


def test_former_title_is_not_the_current_holder() -> None:
    attribution = extract(
        "Mayor Ingrid Solberg opened the new ferry terminal on Monday.",
        "“We waited long enough for this,” the former mayor said.",
    )
    assert speaker_of(attribution, "waited long enough") != "Ingrid Solberg"


def test_a_fitting_head_still_resolves() -> None:
    attribution = extract(
        "Sen. Oskar Lindqvist toured the shipyard on Monday.",
        "“The yard will reopen by spring,” the coastal senator said.",
    )
    assert speaker_of(attribution, "yard will reopen") == "Oskar Lindqvist"


# --- a relay keeps its pronoun's speaker, less sure --------------------------------------------

RELAYS = [
    # (second paragraph, relayed): the first names Per Lund; "he" is Lund either way.
    ("People at the meeting have said he said “the gates stay shut until spring” there.", True),
    # ("say" now reports a clause, as "said" does: a quote after a hearer object, "he told one
    # guard, “...”", is then read inside the prosecutors' statement, as with "said".)
    ("Prosecutors say that he said, “the gates stay shut until spring.”", True),
    ("According to pool reports, he said “the gates stay shut until spring” to the crowd.", True),
    ("At the meeting he said “the gates stay shut until spring” to the crowd.", False),
]


@pytest.mark.parametrize(("paragraph", "relayed"), RELAYS)
def test_a_relayed_pronoun_quote_is_less_sure(paragraph: str, relayed: bool) -> None:
    attribution = extract("Harbour master Per Lund met the ferry crews on Monday.", paragraph)
    direct = [q for q in attribution.quotes if q.kind == "direct"]  # not the relay's statement
    quote = next(q for q in direct if "gates stay shut" in q.text)
    assert quote.speaker == "Per Lund"
    assert quote.how == AttributionHow.PRONOUN
    assert (quote.confidence < CONFIDENCE[AttributionHow.PRONOUN]) is relayed
