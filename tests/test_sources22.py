"""Probe 22b (issue 11): sources a reader hedges or resolves, and clues that must not lower a
plain attribution (store.quotes.evidence, ...). Invented fixtures only."""

from __future__ import annotations

import pytest

from store.models import Article, Quote
from store.quotes.extract import extract_quotes


def _direct(*paragraphs: str) -> list[Quote]:
    article = Article(title="Story", paragraphs=paragraphs)
    return [q for q in extract_quotes(article).quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "told the <outlet>" is the speaker's own cue, not a relay of another's words.
        "Mira Tollan said she was pleased. “We thought we were finished,” she told the Courier.",
        "Mira Tollan said she was pleased. 'We thought we were finished,' she told the Courier.",
        "Mira Tollan said she was pleased. «We thought we were finished», she told the crowd.",
    ],
)
def test_telling_an_outlet_is_no_relay(paragraph: str) -> None:
    quote = _direct(paragraph)[-1]
    assert quote.speaker == "Mira Tollan"
    assert quote.confidence >= 0.7  # a pronoun's own confidence, not a relayed one's 0.47


@pytest.mark.parametrize(
    ("paragraphs", "most"),
    [
        # Introduced together, then a bare surname: no sex, title or first name tells them apart.
        (
            (
                "Cousins Ivo Marsk and Lena Marsk have shared a prize.",
                "“I checked the numbers twice,” said Ivo Marsk, a baker.",
                "“We always play on Fridays,” Marsk said.",
            ),
            0.7,
        ),
        # Named apart, the last named is the reader's pick, hedged as before (not under 0.7).
        (
            (
                "Ivo Marsk opened the new bakery on Monday.",
                "His sister, Lena Marsk, who runs the shop next door, came along.",
                "“We always play on Fridays,” Marsk said.",
            ),
            0.9,
        ),
    ],
)
def test_namesakes_introduced_together_are_hedged(paragraphs: tuple[str, ...], most: float) -> None:
    quote = _direct(*paragraphs)[-1]
    assert quote.speaker is None or quote.confidence < most
    assert quote.confidence >= 0.5 or most < 0.9


LEDE = "Harlow Grid has been fined for cutting power to a hospital."


@pytest.mark.parametrize(
    ("paragraph", "speaker", "most"),
    [
        # A document is no speaker: its owner is, by name when the document names it...
        ("A Harlow Grid statement said: “We have already replaced the cable.”", "Harlow Grid", 1.0),
        (
            "Harlow Grid said in a statement: “We have already replaced the cable.”",
            "Harlow Grid",
            1.0,
        ),
        # ... else by the body's description, hedged: which company the cue does not say.
        ("A company statement said: “We have already replaced the cable.”", "the company", 0.9),
        ("The company’s statement said: “We have already replaced the cable.”", "the company", 0.9),
        # A body's lower-case description is right as a description, not a sure name.
        (
            "In a statement, the company said: “We have already replaced the cable.”",
            "the company",
            0.9,
        ),
    ],
)
def test_a_statement_speaks_for_its_owner(paragraph: str, speaker: str, most: float) -> None:
    quote = _direct(LEDE, paragraph)[-1]
    assert quote.speaker == speaker
    assert quote.how in {"organisation", "named"}  # a body by name, or by its description
    assert quote.confidence < most


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # An anonymous source keeps its description and the cue "said", not "asked", and never
        # becomes the person named last (the inspector).
        (
            "One witness, who asked not to be named, said: “They left in two minutes.”",
            "One witness",
        ),
        (
            "A former cashier, who did not want to be named, said: “They left in two minutes.”",
            "A former cashier",
        ),
        (
            "“They left in two minutes,” said a guard, who spoke on condition of anonymity.",
            "a guard",
        ),
    ],
)
def test_an_unnamed_source_keeps_its_description(paragraph: str, speaker: str) -> None:
    quote = _direct("Inspector Dana Ruel said the bank was robbed on Monday.", paragraph)[-1]
    assert (quote.speaker, quote.cue) == (speaker, "said")
    assert quote.confidence < 0.9


def _reported(*paragraphs: str) -> list[tuple[str | None, str]]:
    article = Article(title="Story", paragraphs=paragraphs)
    return [(q.speaker, q.text) for q in extract_quotes(article).quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("paragraph", "reported"),
    [
        # A body after a live blog's timestamp reports its statement.
        (
            "09:12 The coastguard says two boats were towed back to Selmouth overnight.",
            [("The coastguard", "two boats were towed back to Selmouth overnight")],
        ),
        # A plural's present "say" reports as "says" and "said" do.
        (
            "Supporters say the tunnel will cut traffic. Opponents say it will ruin the park.",
            [("Supporters", "the tunnel will cut traffic"), ("Opponents", "it will ruin the park")],
        ),
        (
            "Residents say the tunnel will ruin the park.",
            [("Residents", "the tunnel will ruin the park")],
        ),
        # Kept: an infinitive "say" has no subject of its own and reports nothing.
        ("The mayor refused to say whether the tunnel will ruin the park.", []),
    ],
)
def test_a_body_or_group_reports_in_the_present(
    paragraph: str, reported: list[tuple[str, str]]
) -> None:
    assert _reported(paragraph) == reported


INTRO = "The harbour master of Keldby, Runa Vass, spoke to us about the new quay."


@pytest.mark.parametrize(
    ("turns", "answers"),
    [
        # A question and its answer share a paragraph, one line each.
        (
            (
                "Q: Is the quay late?\nA: It is late, but it will be finished in May.",
                "Q: Who pays?\nA: The port pays for all of it.",
            ),
            ["It is late, but it will be finished in May.", "The port pays for all of it."],
        ),
        # The questions carry no "Q:": only the answers have their letter.
        (
            (
                "Is the quay late?",
                "A: It is late, but it will be finished in May.",
                "Who pays?",
                "A: The port pays for all of it.",
            ),
            ["It is late, but it will be finished in May.", "The port pays for all of it."],
        ),
    ],
)
def test_interview_answers_are_the_interviewees(turns: tuple[str, ...], answers: list[str]) -> None:
    quotes = _direct(INTRO, *turns)
    assert [(q.speaker, q.text) for q in quotes] == [("Runa Vass", a) for a in answers]
