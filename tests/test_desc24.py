"""Descriptions that stand for someone the article brought in a little before.

Each case is a short invented article and the speaker its last quote must get: the fuller
description or name an earlier sentence gave, when exactly one fits, and the bare
description when none or several do.
"""

from __future__ import annotations

import pytest

from store.models import Article, QuoteKind
from store.quotes.extract import extract_quotes


def _last_direct_speaker(*paragraphs: str) -> str | None:
    attribution = extract_quotes(Article(title="Harbour news", paragraphs=paragraphs))
    direct = [q for q in attribution.quotes if q.kind == QuoteKind.DIRECT]
    assert direct, "no direct quote found"
    return direct[-1].speaker


GENERIC_NOUNS = [
    # "the person" after an unnamed source spoke: that source, as "he" or "she" would be.
    (
        (
            "“The weeks ahead look busy,” said a longtime aide to the mayor, who asked"
            " not to be named.",
            "“Being candid is the last hurdle,” the person added.",
        ),
        "a longtime aide to the mayor",
    ),
    (
        (
            "“The ferry is late again,” said a dock worker from the north pier.",
            "“Nobody tells us why,” the man added.",
        ),
        "a dock worker from the north pier",
    ),
    # "to both owners" is whom the aide serves: still one aide, not a group.
    (
        (
            "“The season is long,” said a veteran aide to both owners, who asked not to be named.",
            "“The vote is close,” the person added.",
        ),
        "a veteran aide to both owners",
    ),
    # A named speaker before: the generic noun is left to the ordinary rules (kept).
    (("“We waited,” said Ada Kerr, a nurse.", "“Nobody came,” the person added."), "the person"),
    # A named subject since the description spoke: no longer surely the description.
    (
        (
            "“We waited,” said a nurse from the ward. Mayor Bo Renn toured the ward later.",
            "“Nobody came,” the person added.",
        ),
        "the person",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), GENERIC_NOUNS)
def test_a_generic_noun_stands_for_the_description_that_just_spoke(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct_speaker(*paragraphs) == speaker


DOCUMENTS = [
    # The document's own relative clause names its author.
    (
        (
            "Spokesman Tom Lind and Bo Renn drafted the first statement before dawn.",
            "“The text borrowed from many drafts,” read the statement, which had been"
            " attributed to Lind. “Her own voice came through.”",
        ),
        "Tom Lind",
    ),
    (
        ("Ada Kerr and Bo Renn met the press.", "“We are united,” read the memo, signed by Kerr."),
        "Ada Kerr",
    ),
    # A name two people bear, or one nobody was named by: the document stays.
    (
        (
            "Tom Lind and Ada Lind drafted the statement.",
            "“We hold our ground,” read the statement, which had been attributed to Lind.",
        ),
        "the statement",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), DOCUMENTS)
def test_a_document_speaks_for_the_author_the_article_credits(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct_speaker(*paragraphs) == speaker


BODIES = [
    # The one body description just before: the bare noun stands for it.
    (
        (
            "On Tuesday, the lobby group for the Quayside Mutual funds, which run many ports,"
            " set down its fears. “The fund is badly lopsided,” the group wrote.",
        ),
        "the lobby group for the Quayside Mutual funds",
    ),
    (
        (
            "But a Dover ballot commission was more careful last month.",
            "That, the commission said, “would help avoid doubt.”",
        ),
        "a Dover ballot commission",
    ),
    # Two groups described: which one wrote is not said, so the noun stays.
    (
        (
            "The lobby group for the Quayside Mutual funds and a trade group for Dover Mills"
            " both filed comments. “The fund is badly lopsided,” the group wrote.",
        ),
        "the group",
    ),
    # Another noun's description fits no "group".
    (
        ("A council for the Dover Docks met on Monday. “We are worried,” the group said.",),
        "the group",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), BODIES)
def test_a_bare_body_noun_stands_for_the_one_description_before(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct_speaker(*paragraphs) == speaker


OWNED_DESCRIPTIONS = [
    # A description owned by a name: the description speaks, not its owner, whatever
    # adjectives stand before its noun.
    (
        (
            "Bo Renn's public defense lawyer asked for two years in jail, calling his thefts"
            " “a kind of compulsion.”",
        ),
        "Renn's public defense lawyer",
    ),
    (
        ("Ada Kerr's longtime lawyer asked for mercy, calling the case “a sad mistake.”",),
        "Kerr's longtime lawyer",
    ),
    # An opening bracket before the subject: the subject is still the whole description.
    (
        (
            "Ada Kerr spoke on Monday.",
            "(Kerr's spokeswoman denied that Kerr had ever “attacked” Dunn, and said she “thinks"
            " Dunn will do fine.”)",
        ),
        "Kerr's spokeswoman",
    ),
    # Unchanged: the owner's thing cannot speak, so the owner is the subject.
    (
        ("Bo Renn's remarks drew boos, calling the plan “a sad mistake.”",),
        "Bo Renn",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker"), OWNED_DESCRIPTIONS)
def test_a_possessive_description_is_the_subject_not_its_owner(
    paragraphs: tuple[str, ...], speaker: str
) -> None:
    assert _last_direct_speaker(*paragraphs) == speaker


SIDE_CLAUSES = [
    # A participle right after a mid-sentence "as"/"when" clause is that clause's subject's.
    (
        "“Who can count the states I lost?” Kerr asks as a repairman walks in front of her,"
        " saying he is “here to fix the holes in your wall.”",
        "a repairman",
    ),
    (
        "“Too forced?” Dunn tweeted when Ada Kerr ended the debate with a nod to the film,"
        " remarking, “Live long and prosper.”",
        "Ada Kerr",
    ),
    # Unchanged: "as" before a role or a predicate opens no clause; a pronoun subject is most
    # often the sentence's own; an object pronoun turns back to the sentence's subject.
    (
        "Ada Kerr recalled her years as mayor serving the port, saying “we did hard things.”",
        "Ada Kerr",
    ),
    ("Ada Kerr dismissed Tom Dunn as a weak leader, arguing that he “lost the port.”", "Ada Kerr"),
    ("Ada Kerr wept as she took the stage, saying “this is for the port.”", "Ada Kerr"),
    ("Ada Kerr left the stage as Tom Dunn waved, calling him “a fine rival.”", "Ada Kerr"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), SIDE_CLAUSES)
def test_a_participle_after_a_side_clause_is_its_subjects(paragraph: str, speaker: str) -> None:
    assert _last_direct_speaker(paragraph) == speaker


ANOTHER = [
    # A bare "another" borrows the noun of the unnamed speaker right before it.
    (
        "“More rivals are in the race,” said one Dover Republican. Another said, “Kerr is in a"
        " five-way fight.”",
        "another Dover Republican",
    ),
    # After "another ...", a third one: not the second one again.
    (
        "“More rivals are in the race,” added another Dover Republican. Yet another said,"
        " “Kerr is in a five-way fight” for second place.",
        "yet another Dover Republican",
    ),
    # No described speaker before: nobody to borrow from, and never the mayor.
    ("“We lost,” Mayor Ada Kerr said. Yet another said, “We will be back.”", None),
]


@pytest.mark.parametrize(("paragraph", "speaker"), ANOTHER)
def test_another_borrows_the_noun_of_the_speaker_before(
    paragraph: str, speaker: str | None
) -> None:
    assert _last_direct_speaker(paragraph) == speaker


TOLD_NAMES = [
    # The description's own clause tells the name: that named person asked.
    (
        "“How tall is that fence?” asked the boy, who wore a red cap and said his name was"
        " Milo, as the crowd laughed.",
        "Milo",
    ),
    ("“Why now?” asked a woman, who gave her name as Ada Reyes.", "Ada Reyes"),
    # A clause that names someone else: the description stays.
    ("“Why now?” asked a woman, who said Ada Reyes had sent her.", "a woman"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), TOLD_NAMES)
def test_a_description_whose_clause_tells_the_name_is_that_name(
    paragraph: str, speaker: str
) -> None:
    assert _last_direct_speaker(paragraph) == speaker
