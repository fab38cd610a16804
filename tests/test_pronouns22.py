"""Whom "he" or "she" means when no speaker or subject is at hand: a clause's subject with an
adverb before its verb (store.quotes.salience.clause_subject), and the person a passage
introduced rather than one whose possessions it mentions (store.quotes.object_names)."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.joined_roles import first_role
from store.quotes.object_names import named_as_owner
from store.quotes.salience import clause_subject

LEDE = "Gov. Tom Vance spoke at the harbour rally on Monday. “We won,” he said."
CALM = "The harbour rally drew a crowd on Monday."
QUOTE = "“I'm ringing bells all over town,” he said."


def _speaker(*paragraphs: str) -> str | None:
    quotes = extract_quotes(Article(title="Rally", paragraphs=paragraphs)).quotes
    return [q.speaker for q in quotes][-1]


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # The paragraph's subject, an adverb before its verb, over the speaker before it.
        (
            (LEDE, "Footage of Omar Nasri again appears. “The harbour will close,” he says."),
            "Omar Nasri",
        ),
        # (its name opening the sentence, a subject's place either way)
        ((LEDE, "Omar Nasri also appears. “The harbour will close,” he says."), "Omar Nasri"),
        # Kept: no verb after the adverb, no subject: the speaker before goes on.
        (
            (LEDE, "Critics mocked the plan of Omar Nasri. “The harbour will close,” he said."),
            "Tom Vance",
        ),
        # The man the passage introduced, not the one whose years he recalls.
        (
            (
                CALM,
                "Among those knocking on doors is Wayne Lind, a 33-year-old who left his job "
                "in May. Dismayed by his memory of Tom Vance's years in office, he joined us.",
                QUOTE,
            ),
            "Wayne Lind",
        ),
        (
            (
                CALM,
                "Among the volunteers knocking on doors is Lena Moss, a retiree. Dismayed by "
                "Ada Kerr's record, she joined.",
                QUOTE.replace("he", "she"),
            ),
            "Lena Moss",
        ),
        # Kept: an owner is still meant when no one else of that sex was named.
        ((CALM, "Dismayed by Tom Vance's years in office, voters left.", QUOTE), "Tom Vance"),
        # Kept: the source of a post is no owner ("a post from Ada Kerr").
        (
            (
                CALM,
                "The crowd that gathered at the harbour on Sunday met Ada Kerr.",
                "The paper, which said it would cover "
                "the race, changed course, according to a post from Lena Moss.",
                "“We will cover it as news,” she wrote.",
            ),
            "Lena Moss",
        ),
    ],
)
def test_a_pronoun_means_the_passages_person(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _speaker(*paragraphs) == speaker


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Ada Kerr revealed her plan.", True),
        ("Ada Kerr again appears.", True),
        ("Ada Kerr also revealed her plan.", True),
        ("Ada Kerr was there.", True),
        ("Ada Kerr's remarks stung.", False),
        ("Ada Kerr family homes burned.", False),  # a noun after the name, no verb
    ],
)
def test_clause_subject_allows_an_adverb(text: str, subject: bool) -> None:
    assert clause_subject(text, 0) is subject


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("the memory of Tom Vance's years", True),
        ("inspired by Ross' plan", True),
        ("a post from Lena Moss.", False),
        ("Tom Vance said so.", False),
    ],
)
def test_named_as_owner(text: str, owner: bool) -> None:
    at = next(i for i, c in enumerate(text) if c.isupper())
    assert named_as_owner(text, at) is owner


SENATORS = (
    '"The plan will fail," said Sen. Ada Kerr.',
    "Sen. Tom Vance on Wednesday visited the harbour.",
)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # One senator with two roles; the senator the passage just turned to, not Kerr.
        (
            '"The harbour is unsafe," the independent Ohio senator and Republican presidential '
            "candidate told a morning show.",
            "Tom Vance",
        ),
        ('"The harbour is unsafe," the Ohio senator and presidential hopeful said.', "Tom Vance"),
        ('"The harbour is unsafe," the senator said.', "Tom Vance"),
    ],
)
def test_a_description_means_the_role_holder_just_named(paragraph: str, speaker: str) -> None:
    assert _speaker(*SENATORS, paragraph) == speaker


@pytest.mark.parametrize(
    ("role", "read"),
    [
        ("ohio senator and republican presidential candidate", "ohio senator"),
        ("senator and the mayor", "senator and the mayor"),  # two people: left whole
        ("aides and supporters", "aides and supporters"),  # no role word before "and"
        ("foreign minister", "foreign minister"),
    ],
)
def test_first_role(role: str, read: str) -> None:
    assert first_role(role) == read
