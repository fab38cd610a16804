"""Speakers a description, a relation or a nationality stands for (pfix27's patterns).

Every case is invented: names, places, clubs and firms belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    """Each direct quote's words mapped to its speaker."""
    article = Article(title="Valley news", paragraphs=paragraphs)
    return {q.text: q.speaker for q in extract_quotes(article).quotes if q.kind == "direct"}


# store.quotes.described_subjects: a description subject ("The seasoned goalkeeper was quizzed",
# "Quizzed on it, the winger shrugged") is the person just named as a clause's subject or
# topic, or whose role it is, so the "he said" after it is theirs, not the last speaker's.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "“We needed him back,” said coach Fenn Calloway. Calloway said Jory Trask "
                "had trained alone all week.",
                "The seasoned goalkeeper was quizzed about his knee. “Try and stop me,” he said.",
            ),
            "Try and stop me",
            "Jory Trask",
        ),
        # A possessive opening the sentence before is the topic ("Varga's header ...").
        (
            (
                "Manager Ross Dunning was pleased with Emil Varga. “Good day,” Dunning said.",
                "Varga's header takes him to nine goals. Quizzed on a transfer, the striker "
                "shrugged. “I have heard nothing,” he said.",
            ),
            "I have heard nothing",
            "Emil Varga",
        ),
        # A role written before the name fits a noun no list holds ("forward").
        (
            (
                "Coach Fenn Calloway said forward Jory Trask had trained alone all week. "
                "“We needed him back,” Calloway said.",
                "The experienced forward was quizzed about his knee. “Try and stop me,” he said.",
            ),
            "Try and stop me",
            "Jory Trask",
        ),
    ],
)
def test_a_description_subject_is_the_person_just_named(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _speakers(*paragraphs)[quote] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # Only an object was named: "the radio host" is the speaker the passage is about.
        (
            (
                "Ada Brennock, who once called Tom Harle a fraud, wanted the crowd to turn "
                "away from Harle. “Look at him,” Brennock said.",
                "The radio host has filled her speeches with scripture. “Read it,” she said.",
            ),
            "Read it",
            "Ada Brennock",
        ),
        # A body's noun as the subject names no person ("The organisation has raised").
        (
            (
                "Coach Fenn Calloway said keeper Jory Trask had trained alone. "
                "“Good,” Calloway said.",
                "The club has raised ticket prices again. “It is fair,” he said.",
            ),
            "It is fair",
            "Fenn Calloway",
        ),
        # "said Trask." credits Trask; it does not make him the topic of "the veteran".
        (
            (
                "“We were unlucky,” said Trask. Coach Fenn Calloway disagreed.",
                "The seasoned coach was quizzed about the referee. “No comment,” he said.",
            ),
            "No comment",
            "Fenn Calloway",
        ),
    ],
)
def test_a_description_subject_does_not_take_an_object_or_a_body(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _speakers(*paragraphs)[quote] == speaker


# store.quotes.kin_surnames: a first name beside a relation takes the relation's owner's
# surname; a credit to the relation itself is the relation named before.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "Osric Hallowell has swept the chimneys of Brantmoor for forty years.",
                "His wife, Elspeth, who trained as a nurse, keeps the books. She is the "
                "stricter of the two. “He forgets every invoice,” she says.",
            ),
            "He forgets every invoice",
            "Elspeth Hallowell",
        ),
        (
            (
                "Parents are split. Wenna Colley, whose son is eleven, said the change was hard. "
                "“I work late,” she told us.",
                "Her husband, Dovid, sees it the other way. “It is working,” he said.",
            ),
            "It is working",
            "Dovid Colley",
        ),
        # A possessive's owner gives the surname ("Hallowell's son, Ivo,").
        (
            (
                "Osric Hallowell swept the chimneys for forty years.",
                "Hallowell's son, Ivo, took over the round. “Dad still checks,” he said.",
            ),
            "Dad still checks",
            "Ivo Hallowell",
        ),
        # "her husband told us" after "X and her husband, Piotr,": Piotr, not the relation.
        (
            (
                "Anka Trell and her husband, Piotr, left the village at dawn. “We ran,” she "
                "said. Later her husband told us he had returned for the dog. “I saw smoke,” he "
                "said.",
            ),
            "I saw smoke",
            "Piotr Trell",
        ),
        # store.quotes.kin_names: no comma between the relation and the name.
        (
            (
                "Miners were trapped at Corrow for three days.",
                "His daughter Lusia, 22, slept in the car by the pit head all week. "
                "“I knew he would come up,” she said.",
            ),
            "I knew he would come up",
            "Lusia",
        ),
        (
            (
                "Ramon Ferrick was the last miner brought up.",
                "His daughter Lusia, 22, slept in the car by the pit head all week. "
                "“I knew he would come up,” she said.",
            ),
            "I knew he would come up",
            "Lusia Ferrick",
        ),
    ],
)
def test_a_kin_first_name_takes_the_family_name(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _speakers(*paragraphs)[quote] == speaker


@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # "his" with no man named up to a paragraph before: the first name stays.
        (
            (
                "Wenna Colley runs the bakery.",
                "The ovens are old.",
                "His wife, Elspeth, keeps the books. “Nobody pays on time,” she says.",
            ),
            "Nobody pays on time",
            "Elspeth",
        ),
        # "her husband" before any relation was named stays a description.
        (
            (
                "Anka Trell left the village at dawn. Her husband told us he had returned. "
                "“I saw smoke,” he said.",
            ),
            "I saw smoke",
            "Her husband",
        ),
    ],
)
def test_a_kin_first_name_keeps_its_name_without_an_owner(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _speakers(*paragraphs)[quote] == speaker


def test_a_lent_surname_does_not_take_the_bare_surname() -> None:
    # "Hallowell said" after the wife was named still means the sweep, not Elspeth.
    found = _speakers(
        "Osric Hallowell has swept the chimneys of Brantmoor for forty years.",
        "His wife, Elspeth, keeps the books. “He forgets,” she says.",
        "“The flues are the worst,” Hallowell said.",
    )
    assert found["The flues are the worst"] == "Osric Hallowell"


# store.quotes.person_words: "said one dissenter" names an unnamed doer that is a person.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "“They decided long ago,” said one dissenter, who keeps bees beside the site.",
            "They decided long ago",
            "one dissenter",
        ),
        ("“We dug for hours,” one digger said.", "We dug for hours", "one digger"),
        ("“The water was black,” said another diver.", "The water was black", "another diver"),
    ],
)
def test_one_doer_is_a_speaker(paragraph: str, quote: str, speaker: str) -> None:
    assert _speakers(paragraph)[quote] == speaker


# store.quotes.nationality_speakers: "said the Chilean" is the person just quoted.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "Vasco Ortelli said his team had been careless in both halves. "
            "“We threw it away,” said the Chilean.",
            "We threw it away",
            "Vasco Ortelli",
        ),
        (
            "Lasse Brekke said the course was brutal. “My legs are gone,” the young Dane added.",
            "My legs are gone",
            "Lasse Brekke",
        ),
    ],
)
def test_a_nationality_credit_is_the_person_just_named(
    paragraph: str, quote: str, speaker: str
) -> None:
    assert _speakers(paragraph)[quote] == speaker


def test_a_plural_nationality_stays_a_people() -> None:
    # "the Japanese" writes the plural the same way: no person is taken from it, nor anyone
    # else (the quote stays unattributed rather than going to some other reading).
    found = _speakers(
        "Vasco Ortelli said the talks were slow. “We wait,” said the Japanese.",
    )
    assert found["We wait"] is None


# store.quotes.body_spokespeople: a bare spokesperson right after a body's statement.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "Corvane Estates said building would start in May. A spokeswoman said: “We are "
                "thrilled to begin.”",
            ),
            "We are thrilled to begin.",
            "A spokeswoman for Corvane Estates",
        ),
        # Her next quote, a paragraph on, is the same spokeswoman's.
        (
            (
                "Corvane Estates said building would start in May. A spokeswoman said: “We "
                "are thrilled.”",
                "“We will talk to every neighbour,” she added.",
            ),
            "We will talk to every neighbour",
            "A spokeswoman for Corvane Estates",
        ),
        # Someone else spoke between: the spokeswoman stays unnamed.
        (
            (
                "Corvane Estates said building would start in May. Nell Farrow said it was "
                "too soon. A spokeswoman said: “We are thrilled.”",
            ),
            "We are thrilled.",
            "A spokeswoman",
        ),
        # A person's statement before: no body to tie her to.
        (
            (
                "Nell Farrow said building would start in May. A spokeswoman said: “We are "
                "thrilled.”",
            ),
            "We are thrilled.",
            "A spokeswoman",
        ),
    ],
)
def test_a_bare_spokesperson_is_the_body_just_quoted(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _speakers(*paragraphs)[quote] == speaker
