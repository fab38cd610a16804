"""Speech cues the extractor missed (stop 25, cue25): each shape names its speaker, at an
honest confidence, and stays silent where the shape is not speech."""

from __future__ import annotations

import pytest

from store.models import Article, AttributionHow, Quote, QuoteKind
from store.quotes.extract import extract_quotes

_INTRO = "Mayor Bo Renn and harbour chief Ada Kerr met on Monday."


def _quotes(paragraph: str, title: str = "Harbour row") -> list[Quote]:
    article = Article(title=title, paragraphs=(_INTRO, paragraph))
    return [q for q in extract_quotes(article).quotes if q.paragraph != 0]


def _speakers(paragraph: str, kind: QuoteKind, words: str) -> list[str | None]:
    return [q.speaker for q in _quotes(paragraph) if q.kind == kind and q.text.startswith(words)]


# --- a trailing credit whose speaker opens with an owner: "…, the doctors’ union warned." ---
OWNER_CREDITS = [
    ("The fees will ruin the town, the doctors’ union has warned.", "doctors’ union"),
    ("The fees will ruin the town, the nurses' union said on Friday.", "nurses' union"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), OWNER_CREDITS)
def test_a_trailing_credit_with_an_owner_reports_the_words_before(
    paragraph: str, speaker: str
) -> None:
    assert _speakers(paragraph, QuoteKind.INDIRECT, "The fees will") == [speaker]


def test_a_possessive_inside_the_statement_is_no_credit() -> None:
    # The union's words stand after "said"; nothing before the comma is reported.
    paragraph = "On Friday, the dockers’ union said the fees will ruin the town."
    assert _speakers(paragraph, QuoteKind.INDIRECT, "On Friday") == []


# --- a mostly-noun cue base in an infinitive a verb governs: "prompted Kerr to state, “…”" ---
INFINITIVE_CUES = [
    ("The vote prompted Kerr to state, “Dover is the busiest port.”", "Dover", "Ada Kerr"),
    ("Renn tried to counter that “every cent went to the port.”", "every cent", "Bo Renn"),
    (
        "That record prompted the Dover Almanac, which tracks the tides, to state, "
        "“Dover is the busiest port in the region.”",
        "Dover is",
        "Dover Almanac",
    ),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), INFINITIVE_CUES)
def test_a_noun_like_cue_after_a_governing_to_speaks(
    paragraph: str, words: str, speaker: str
) -> None:
    assert _speakers(paragraph, QuoteKind.DIRECT, words) == [speaker]


def test_a_noun_like_cue_after_a_plain_to_is_no_cue() -> None:
    # "a reply to the state" and "the answer to" are nouns: no cue, whatever is nearby.
    quotes = _quotes("Kerr sent a reply to the state board: “Dover is the busiest port.”")
    assert all(q.cue not in ("state", "reply") for q in quotes)


# --- "Tweeted" capitalised after a name; an aside between a question's credit and its verb ---
def _direct_how(paragraph: str, words: str) -> list[tuple[str | None, AttributionHow | None]]:
    return [
        (q.speaker, q.how)
        for q in _quotes(paragraph)
        if q.kind == QuoteKind.DIRECT and q.text.startswith(words)
    ]


ASIDE_CREDITS = [
    ("“Not ours, but we love it!” Kerr, the head of the Port Trust, Tweeted.", "Not ours"),
    ("Kerr Tweeted on Friday: “Who would buy a port?”", "Who would"),
    ("“Why now?” Renn, who chairs the board, asked the crews.", "Why now"),
]


@pytest.mark.parametrize(("paragraph", "words"), ASIDE_CREDITS)
def test_a_credit_with_an_aside_or_a_brand_cased_verb_is_the_quotes_own(
    paragraph: str, words: str
) -> None:
    (found,) = _direct_how(paragraph, words)
    assert found[1] == AttributionHow.SURNAME  # the credit's own cue, not a nearby name
    assert found[0] in ("Ada Kerr", "Bo Renn")


def test_an_aside_that_speaks_is_no_credits_aside() -> None:
    # The aside has a cue of its own: the question is left to the nearby reading.
    (found,) = _direct_how("“Why now?” Renn, who said he was tired, asked.", "Why now")
    assert found[1] != AttributionHow.SURNAME


def test_a_capitalised_cue_other_than_the_brands_still_opens_only_a_sentence() -> None:
    # "Kerr Said" is a heading's capitals, no cue: a colon's layout may read it, never "said".
    assert all(q.cue != "said" for q in _quotes("Kerr Said Yes: “Who would buy a port?”"))


# --- a lone capitalised plural for people opens a sentence: a description, not a name ---
CAPITALISED_PLURALS = [
    ("Protesters chanted “Shame!” at the mayor.", "Shame", "Protesters"),
    ("Fans shouted “Dover! Dover!” as the ferry left.", "Dover", "Fans"),
]


@pytest.mark.parametrize(("paragraph", "words", "speaker"), CAPITALISED_PLURALS)
def test_a_capitalised_plural_for_people_is_a_description(
    paragraph: str, words: str, speaker: str
) -> None:
    # A description's confidence, not a name's: nobody was named.
    assert _direct_how(paragraph, words) == [(speaker, AttributionHow.DESCRIPTION)]


@pytest.mark.parametrize("surname", ["Masters", "Rogers"])
def test_a_surname_shaped_like_a_plural_stays_a_name(surname: str) -> None:
    found = _direct_how(f"{surname} said “the port is safe.”", "the port")
    assert found == [(surname, AttributionHow.NAMED)]
