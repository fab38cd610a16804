"""Quoted names of works, shows and nicknames are terms: nobody is quoted saying them."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.marks import spans_in_paragraph
from store.quotes.terms import is_term


def terms(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span of the paragraph, with whether it is a term."""
    return [
        (paragraph[s.start : s.end], is_term(paragraph, s))
        for s in spans_in_paragraph(0, paragraph)
    ]


CASES = [
    # (paragraph, [(quoted text, is a term)])
    # A capitalised name beside a word for a work, before or after the marks.
    ("She stars in the streaming thriller “Fjordland” this spring.", [("Fjordland", True)]),
    ("The book “Cold Harbour” sold well in Bergen.", [("Cold Harbour", True)]),
    ("The “Late Call” sketch aired on Sunday.", [("Late Call", True)]),
    ("The tolls are mocked in a play called “Pay & Go,” staged in Oslo.", [("Pay & Go", True)]),
    # An outlet's show: a possessive right before the marks.
    (
        "“We sail,” Lind told Fjord TV’s “Morning Hour” on Monday.",
        [("We sail", False), ("Morning Hour", True)],
    ),
    # A nickname between a first name and a surname.
    ("Trawler captain Olaf “Ole” Nygaard of Bergen spoke.", [("Ole", True)]),
    ("Gov. K.T. “Buzz” Nygaard spoke first.", [("Buzz", True)]),
    # Speech beside the same words keeps its case and punctuation: it is someone's.
    ("Lind called the film “a waste of money,” and left.", [("a waste of money", False)]),
    ("Of the show she said: “Nobody Watches It.”", [("Nobody Watches It.", False)]),
    ("Of the show she said: “Nobody Watches It”", [("Nobody Watches It", False)]),
    ("Lind’s “Get Out Now!” line drew boos.", [("Get Out Now!", False)]),
    # Title Case speech with no work beside it is left to the speech patterns.
    ("“We Will Win,” Lind said.", [("We Will Win", False)]),
    # In a Title Case heading, capitalised words around a quote are no name.
    ("Why She Felt “Alone” As A Child.", [("Alone", False)]),
    # Scare quotes at large are not judged here.
    ("He beat the “establishment” candidate.", [("establishment", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), CASES)
def test_is_term(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert terms(paragraph) == expected


def test_unclosed_quote_is_never_a_term() -> None:
    # A quote running into the next paragraph is speech carried on, whatever its case.
    paragraph = "The show “Night Ferry"
    assert terms(paragraph) == [("Night Ferry", False)]


def uncued(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span, with whether it is a term when no cue of its sentence claims it."""
    return [
        (paragraph[s.start : s.end], is_term(paragraph, s, cued=False))
        for s in spans_in_paragraph(0, paragraph)
    ]


UNCUED = [
    # (paragraph, [(quoted text, is a term when no cue claims it)])
    # A scare quote qualifying the noun after it, with a determiner or possessive before.
    ("He beat the Party’s “establishment” candidate.", [("establishment", True)]),
    ("Part of this “two lane” model is new.", [("two lane", True)]),
    ("The app had turned on its “safety check” feature.", [("safety check", True)]),
    # Announced as a term.
    ("Arms went to the so-called “rebels” in the north.", [("rebels", True)]),
    # A piece's headline before its byline.
    (
        "FERRIES—“Harbour reopens at last,” by the Gazette’s Tom Reyes: “The harbour …”",
        [("Harbour reopens at last", True), ("The harbour …", False)],
    ),
    # Someone's words, even with no cue: a full clause, a speaker's "we", a verb after "a",
    # a noun for words said, punctuation inside the marks.
    ("A “revolution” draws crowds to his rallies.", [("revolution", False)]),
    ("They carried “We are here” signs.", [("We are here", False)]),
    ("Reporters asked about the “not done yet” comment.", [("not done yet", False)]),
    ("He blamed it on a “bad line,” claiming he heard nothing.", [("bad line", False)]),
    # A phrase that qualifies no noun is left alone: annotators credit as many to a speaker.
    ("He was portrayed as a “strongman” in the press.", [("strongman", False)]),
    ("Voters want a “fair share” of it.", [("fair share", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNCUED)
def test_uncued_term(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert uncued(paragraph) == expected


def test_cued_scare_quote_is_kept() -> None:
    # With its own cue ("Lind called it ..."), the same shape is the speaker's word.
    assert terms("He beat the Party’s “establishment” candidate.") == [("establishment", False)]


ALWAYS_TERMS = [
    # (paragraph, [(quoted text, is a term)]), cue or not.
    # A title ending its sentence, its full stop inside the marks, beside a work's noun.
    ("His life was told in the documentary “Harbour Nights.”", [("Harbour Nights.", True)]),
    # A work's people after its title.
    ("The “Fjordland” star posted a message.", [("Fjordland", True)]),
    # ... whatever the case of the title's small words.
    ("“Harbour is the New Quay” star Ada Kerr spoke up.", [("Harbour is the New Quay", True)]),
    # A title ending on its own outcry or question, right after a work's noun.
    ("She acted in the movie “Sharks 3: Oh No!” last year.", [("Sharks 3: Oh No!", True)]),
    # An outcry after a speech verb, or with no work's noun before it, is speech.
    ("At the movie she shouted “Get Out Now!” twice.", [("Get Out Now!", False)]),
    ("The crowd chanted “Go Home Now!” at him.", [("Go Home Now!", False)]),
    # Words running into a lower-case noun that is no work's person: not a title.
    ("“This is the Plan” officials Ada Kerr named it.", [("This is the Plan", False)]),
    # A quoted heading alone in its paragraph.
    ("“Related:”", [("Related:", True)]),
    # Speech after a work's noun keeps its cue between: not a title.
    ("Of the documentary she said: “Nobody Watched.”", [("Nobody Watched.", False)]),
]


@pytest.mark.parametrize(("paragraph", "expected"), ALWAYS_TERMS)
def test_always_terms(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert terms(paragraph) == expected


SCARE_QUOTES = [
    # (paragraphs, direct quotes with their speakers): a term is no quote of anyone's.
    (
        ("Tom Reyes spoke in Bergen.", "Later the Party’s “establishment” candidate won."),
        [],
    ),
    (
        # No cue in its sentence: the paragraph's speaker does not say the term.
        ("Tom Reyes spoke in Bergen.", "Reyes said he would stay. The “reform” wing left."),
        [],
    ),
    (
        # With its own cue the word in marks is the speaker's.
        ("Tom Reyes spoke in Bergen.", "Reyes said the “establishment” candidate lost."),
        [("establishment", "Tom Reyes")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), SCARE_QUOTES)
def test_scare_quotes_not_quoted(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected


def unclaimed(paragraph: str) -> list[tuple[str, bool]]:
    """Each quoted span, with whether it is a term when nobody can have said it."""
    return [
        (paragraph[s.start : s.end], is_term(paragraph, s, cued=False, unclaimed=True))
        for s in spans_in_paragraph(0, paragraph)
    ]


UNCLAIMED = [
    # (paragraph with no speech cue, [(quoted text, is a term when no speaker is carried)])
    # A few words of the writer's own, a noun or phrase put in marks.
    ("The ferry plan was a “pivot” for the harbour board.", [("pivot", True)]),
    (
        "Buyers searched for words such as “toll,” “fare” and “levy.”",
        [("toll", True), ("fare", True), ("levy.", True)],
    ),
    ("“Containment” has been the board’s policy since 1990.", [("Containment", True)]),
    ("There will be plenty of “grumbling.”", [("grumbling.", True)]),
    # A clause, a question or outcry, or a speaker's "we" is someone's words, even unclaimed.
    ("The old chant of “we will sail” rang out.", [("we will sail", False)]),
    ("The motto “it was rigged” spread fast.", [("it was rigged", False)]),
    ("Then a banner read “Who pays?” on the quay.", [("Who pays?", False)]),
    ("The crowd chanted “Sail on!” all night.", [("Sail on!", False)]),
    # More than three words is left for a speaker to be found.
    (
        "The board wants “a fare for every single rider” soon.",
        [("a fare for every single rider", False)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), UNCLAIMED)
def test_unclaimed_term(paragraph: str, expected: list[tuple[str, bool]]) -> None:
    assert unclaimed(paragraph) == expected


def test_claimed_short_phrase_is_not_a_term() -> None:
    # Given to nearby speaker (not unclaimed), the same few words stay a quote.
    assert uncued("The ferry plan was a “pivot” for the harbour board.") == [("pivot", False)]


UNCLAIMED_ARTICLES = [
    # (paragraphs, direct quotes with their speakers)
    (
        # No cue in the paragraph and no speaker before: the word in marks is a term.
        ("Tom Reyes runs the harbour board.", "The ferry plan was a “pivot” for the board."),
        [],
    ),
    (
        # A cue elsewhere in the paragraph claims it for its speaker: kept.
        ("Tom Reyes runs the harbour board.", "Reyes said the plan was a “pivot” for them."),
        [("pivot", "Tom Reyes")],
    ),
    (
        # A whole sentence with nobody to say it stays a quote, without a speaker.
        ("The board met on Monday.", "A sign on the quay: “We will not pay the new toll.”"),
        [("We will not pay the new toll.", None)],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), UNCLAIMED_ARTICLES)
def test_unclaimed_terms_in_articles(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected


NEARBY_FRAGMENTS = [
    # (paragraphs, direct quotes with their speakers): a quote with no cue in its sentence.
    (
        # A few words before the only cue, which comes in a later sentence: the writer's.
        (
            "Tom Reyes runs the harbour board.",
            "It needs a two-year “pause” in the levy. Reyes said so.",
        ),
        [],
    ),
    (
        # The same words after someone spoke in the paragraph are still given to them.
        (
            "Tom Reyes runs the harbour board.",
            "Reyes spoke first. It needs a two-year “pause” in the levy.",
        ),
        [("pause", "Tom Reyes")],
    ),
    (
        # A longer quote takes the nearest speaker, before or after.
        (
            "Tom Reyes runs the harbour board.",
            "The board wants “a fare for every single rider” soon. Reyes said so on Monday.",
        ),
        [("a fare for every single rider", "Tom Reyes")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NEARBY_FRAGMENTS)
def test_nearby_fragments(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None]]
) -> None:
    attribution = extract_quotes(Article(title="A headline", paragraphs=paragraphs))
    assert [(q.text, q.speaker) for q in attribution.quotes if q.kind == "direct"] == expected
