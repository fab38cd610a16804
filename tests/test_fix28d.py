"""Statements kept whole or given back, and credits no nickname can take (fix28d).

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _statements(*paragraphs: str) -> list[tuple[str | None, str]]:
    article = Article(title="Harbour news", paragraphs=("Tolls rise today in Marrow.", *paragraphs))
    return [
        (q.speaker, q.text) for q in extract_quotes(article).quotes if q.kind == QuoteKind.INDIRECT
    ]


def _direct(*paragraphs: str) -> dict[str, tuple[str | None, float]]:
    article = Article(title="Harbour news", paragraphs=paragraphs)
    quotes = extract_quotes(article).quotes
    return {q.text: (q.speaker, q.confidence) for q in quotes if q.kind == QuoteKind.DIRECT}


# store.quotes.unsaid_speech: a plain answering phrase is cut off its statement, and "must
# have told" infers a past act: both report the speaker's words.
@pytest.mark.parametrize(
    ("paragraph", "speaker", "statement"),
    [
        (
            "Replying to critics, the toll is low and fair, Brann Ilves said.",
            "Brann Ilves",
            "the toll is low and fair",
        ),
        (
            "Pressed on the delay, it will open in June, Brann Ilves said.",
            "Brann Ilves",
            "it will open in June",
        ),
        (
            "Brann Ilves must have told the crews four times that the pier was sound.",
            "Brann Ilves",
            "the pier was sound",
        ),
    ],
)
def test_statement_given_back(paragraph: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in _statements(paragraph)


# Look-alikes: the answering phrase holds a clause of its own, whose commas leave no sure
# end; other modals with "have" weigh an act that did not happen.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Replying to the claim that the pier, its oldest part, would shut, the toll is low, "
        "Brann Ilves said.",
        "Brann Ilves should have told the crews that the pier was sound.",
        "Brann Ilves might have told the crews that the pier was sound.",
        "Brann Ilves must not have told the crews that the pier was sound.",
        "Brann Ilves must tell the crews that the pier is sound.",
    ],
)
def test_still_no_statement(paragraph: str) -> None:
    assert [who for who, _ in _statements(paragraph) if who == "Brann Ilves"] == []


# store.quotes.reported_runons: after ", but" a backshifted verb or a bare quantifier of the
# same people is the speaker's own contrast: the statement runs on.
@pytest.mark.parametrize(
    ("paragraph", "statement"),
    [
        (
            "Brann Ilves said the ferry lost money in 2015, but since then it had grown each year.",
            "the ferry lost money in 2015, but since then it had grown each year",
        ),
        (
            "Brann Ilves said the ferry lost money last year, but by then it had cut its crews.",
            "the ferry lost money last year, but by then it had cut its crews",
        ),
        (
            "Brann Ilves said a few fishers objected at first, but most welcomed the toll later.",
            "a few fishers objected at first, but most welcomed the toll later",
        ),
        (
            "Brann Ilves said a few skippers left the quay, but most stayed all winter.",
            "a few skippers left the quay, but most stayed all winter",
        ),
    ],
)
def test_speakers_own_contrast_runs_on(paragraph: str, statement: str) -> None:
    assert ("Brann Ilves", statement) in _statements(paragraph)


# Look-alikes: the writer's clause with its own past narration still ends the statement.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Brann Ilves said the cranes would stay, but last week the board decided to sell them.",
        "Brann Ilves said the cranes would stay, but two members of the board voted to sell them.",
    ],
)
def test_writers_clause_still_cut(paragraph: str) -> None:
    assert ("Brann Ilves", "the cranes would stay") in _statements(paragraph)


# store.quotes.demonym_names: "the Dane" is the one person the text gave that nationality,
# by noun or adjective, before anyone whose first name is the word; a first-name tie alone,
# against the cast's choice, names no one.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "Danish striker Ulrik Bramm scored twice.",
                "Dane Corvell, the coach, praised him.",
                "“I was lucky,” said the Dane.",
            ),
            "I was lucky",
            "Ulrik Bramm",
        ),
        (
            (
                "Finnish winger Oskari Tenho scored twice. Finn Halloway, the coach, praised him.",
                "“I was lucky,” said the Finn.",
            ),
            "I was lucky",
            "Oskari Tenho",
        ),
        (
            (
                "Finn Halloway, the coach, praised his winger, Oskari Tenho, who scored twice.",
                "“I was lucky,” said the Finn, 23.",
            ),
            "I was lucky",
            None,
        ),
    ],
)
def test_nationality_before_first_name(
    paragraphs: tuple[str, ...], quote: str, speaker: str | None
) -> None:
    assert _direct(*paragraphs)[quote][0] == speaker


# Look-alikes: the nationality given to the bearer himself, or an adjective of another
# nation, leave the credit as it was.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            ("Finn Halloway said the pitch was heavy.", "“We were slow,” said the Finn."),
            "We were slow",
            "Finn Halloway",
        ),
        (
            (
                "Swedish winger Oskari Tenho scored. Dane Corvell, a Dane, coached.",
                "“We were slow,” said the Dane.",
            ),
            "We were slow",
            "Dane Corvell",
        ),
    ],
)
def test_nationality_left_as_it_was(paragraphs: tuple[str, ...], quote: str, speaker: str) -> None:
    assert _direct(*paragraphs)[quote][0] == speaker


# store.quotes.body_spokespeople: a body's own statement, and people named as a group, are
# no other body; the spokesperson is the body's.
@pytest.mark.parametrize(
    "paragraph",
    [
        "Brisk Holdings said it would pay staff at Quay Row. A spokeswoman said payments "
        "would start in May.",
        "Brisk Holdings told voters the sheds would be late. A spokeswoman said buyers would be "
        "told first.",
        "Brisk Holdings said the sheds would open after talks with the council. A spokeswoman "
        "said buyers would be told first.",
    ],
)
def test_spokesperson_is_the_bodys(paragraph: str) -> None:
    spokes = [who for who, _ in _statements(paragraph) if who and "spokes" in who]
    assert spokes == ["A spokeswoman for Brisk Holdings"]


# Look-alikes: a person the cast holds as one (a role, a singular surname that is a company
# noun) or a body the writer names between keeps the spokesperson bare.
@pytest.mark.parametrize(
    "paragraph",
    [
        "“We lost the feed at noon,” said Orrin Grid. A spokesman said crews were on the way.",
        "Berwen Mills, the farm's owner, said the gates would open. A spokesman said crews were "
        "on the way.",
        "Brisk Holdings said the sheds would open. Talks with the council went on. A spokeswoman "
        "said buyers would be told first.",
    ],
)
def test_spokesperson_stays_bare(paragraph: str) -> None:
    spokes = [who for who, _ in _statements(paragraph) if who and "spokes" in who]
    assert spokes in (["A spokesman"], ["A spokeswoman"])
