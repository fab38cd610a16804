"""More direct quotes that came back with no speaker although the article makes it clear.

Invented text. Each case fails without the rule it names; the cases expecting None keep the
unclear ones unattributed.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _direct(paragraphs: tuple[str, ...], text: str) -> tuple[str | None, str | None, float]:
    article = Article(title="Council weighs the harbour plan", paragraphs=paragraphs)
    quote = next(q for q in extract_quotes(article).quotes if q.kind == "direct" and q.text == text)
    return quote.speaker, quote.how, quote.confidence


GOES_ON = [
    # (paragraphs, quoted text, expected speaker)
    # The first quote is carried on from the paragraph before past a credit the extractor
    # does not read; the next sentence's quote goes on with the same speaker.
    (
        (
            "“We will win the vote,” Ada Kerr said on Monday.",
            "“The plan is sound,” Kerr is quoted as saying. “It will pay for itself in a "
            "decade, and the harbour board knows it.”",
        ),
        "It will pay for itself in a decade, and the harbour board knows it.",
        "Ada Kerr",
    ),
    # A quote inside a sentence of narration is not the passage going on: nobody.
    (
        (
            "“We will win the vote,” Ada Kerr said on Monday.",
            "“The plan is sound,” Kerr is quoted as saying. The plan’s critics call it a "
            "“gift to the developers of the north shore.”",
        ),
        "gift to the developers of the north shore.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), GOES_ON)
def test_a_passage_goes_on_in_its_paragraph(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    found, how, _ = _direct(paragraphs, text)
    assert found == speaker
    if speaker is not None:
        assert how == "carried"


COLON_BODIES = [
    # (paragraphs, quoted text, expected speaker)
    # A body by its full name, the whole subject of the colon's sentence, introduces it.
    (
        (
            "The Hartwell Board of Trade was blunt in its findings: “The harbour plan cannot "
            "pay for itself.”",
        ),
        "The harbour plan cannot pay for itself.",
        "Hartwell Board of Trade",
    ),
    # The same with an aside between the body and its verb.
    (
        (
            "The Kerr campaign, in a note to donors, worded it more carefully: “We expect the "
            "harbour plan to pass this spring.”",
        ),
        "We expect the harbour plan to pass this spring.",
        "The Kerr campaign",
    ),
    # A single word read as a body before the colon names nobody.
    (
        (
            "Transcript as follows:",
            "“We expect the harbour plan to pass this spring, and the board to follow.”",
        ),
        "We expect the harbour plan to pass this spring, and the board to follow.",
        None,
    ),
    # The body read is only the first word of the subject, a graduate of it: nobody.
    (
        (
            "At the dinner, the Hartwell law graduate closed her speech by quoting a poet: "
            "“Every tide turns for the patient sailor.”",
        ),
        "Every tide turns for the patient sailor.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), COLON_BODIES)
def test_a_body_introduces_a_quote_with_a_colon(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    found, how, _ = _direct(paragraphs, text)
    assert found == speaker
    if speaker is not None:
        assert how == "layout"


DESCRIBED_SUBJECTS = [
    # (paragraphs, quoted text, expected speaker)
    # "The retired ..." is a description, not "The" before a verb: the -ing cue's subject.
    (
        (
            "The council met on Monday to weigh the harbour plan.",
            "The retired harbour pilot has given no details of his own plan, saying only that "
            "it would be “cheaper than anything the council has on the table.”",
        ),
        "cheaper than anything the council has on the table.",
        "The retired harbour pilot",
    ),
    # "The conservative weekly" goes on past "conservative": no conservative speaks, and a
    # weekly paper named by no one is nobody we can name.
    (
        (
            "The council met on Monday to weigh the harbour plan.",
            "The conservative weekly has been loud in its dislike of the plan, arguing "
            "it is “a gift to the developers of the north shore and nobody else.”",
        ),
        "a gift to the developers of the north shore and nobody else.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), DESCRIBED_SUBJECTS)
def test_a_described_subject_speaks_its_participle(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    assert _direct(paragraphs, text)[0] == speaker


ISSUED = [
    # (paragraphs, quoted text, expected speaker)
    # Whom a document went to comes between it and the -ing: its issuer still speaks.
    (
        (
            "Ada Kerr won the harbour seat on Tuesday.",
            "Even before Kerr took the stage to claim victory, her campaign sent out a text "
            "message to supporters saying: “We just won the harbour vote!”",
        ),
        "We just won the harbour vote!",
        "the Ada Kerr campaign",  # "her campaign": Kerr's, told by her name (campaign_owners)
    ),
    # A memo in a prepositional phrase was issued by no verb before it: the cue "put it"
    # keeps its speaker.
    (
        (
            "As the harbour chief, Ada Kerr, put it in her memo to staff explaining the plan, "
            "“We will not sell the harbour to anyone.”",
        ),
        "We will not sell the harbour to anyone.",
        "Ada Kerr",
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), ISSUED)
def test_the_issuer_of_a_document_speaks_its_participle(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    assert _direct(paragraphs, text)[0] == speaker


def _quotes(paragraph: str) -> list[tuple[str, str | None]]:
    article = Article(title="Council weighs the harbour plan", paragraphs=(paragraph,))
    return [(q.text, q.speaker) for q in extract_quotes(article).quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A slogan in marks inside the aside after the name is a word of the aside: the name
        # before it still speaks, and the slogan itself is nobody's words.
        (
            "“We had better days,” delegate Tom Reddy, wearing a cowboy hat and “no more tolls” "
            "pins, said as confetti fell.",
            [("We had better days", "Tom Reddy")],
        ),
        # A book's title inside a relative clause after the name, the same.
        (
            "“We had better days,” Tom Reddy, whose book “The Long Road” sold well, said on "
            "Monday.",
            [("We had better days", "Tom Reddy")],
        ),
        # A quote before the name is no aside of it: the name after it speaks.
        (
            "The new plans “will not end the queues at the harbour,” Ada Kerr, the port chief, "
            "said on Monday.",
            [("will not end the queues at the harbour", "Ada Kerr")],
        ),
    ],
)
def test_a_title_inside_the_credit_is_part_of_it(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _quotes(paragraph) == expected


PLURAL_CUES = [
    # (paragraphs, quoted text, expected speaker)
    # "state" after a plural subject and before "in the ...": a cue, not a noun.
    (
        (
            "The dockers’ unions wrote to the council on Monday.",
            "“The harbour plan will cost a thousand jobs,” the unions state in the letter, "
            "which was shared with reporters.",
        ),
        "The harbour plan will cost a thousand jobs",
        "the unions",
    ),
    # "his claim that": a possessive before the noun, no plural subject: nobody.
    (
        (
            "Tom Reddy spoke at the pier.",
            "Few believed his claim that the port would “pay for itself within the decade.”",
        ),
        "pay for itself within the decade.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), PLURAL_CUES)
def test_a_plural_subject_makes_a_noun_like_base_a_cue(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    assert _direct(paragraphs, text)[0] == speaker


THANKED = [
    # (paragraphs, quoted text, expected speaker)
    # Thanking is said aloud: the thanks in marks are the thanker's words.
    (
        (
            "Ada Kerr spoke at the pier on Sunday, and Tom Reddy said the port was safe.",
            "So it is that Kerr during a speech thanked the crews “for keeping the harbour open "
            "all winter.”",
        ),
        "for keeping the harbour open all winter.",
        "Ada Kerr",
    ),
    # Whom "thanked" addresses is never its speaker, even right after a mark: never Kerr
    # (the subject before the title is left unread, so nobody).
    (
        (
            "Ada Kerr spoke at the pier on Sunday.",
            "The actor, star of “Harbour Nights,” thanked Kerr for “keeping the harbour open.”",
        ),
        "keeping the harbour open.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraphs", "text", "speaker"), THANKED)
def test_the_thanker_speaks_the_thanks(
    paragraphs: tuple[str, ...], text: str, speaker: str | None
) -> None:
    assert _direct(paragraphs, text)[0] == speaker
