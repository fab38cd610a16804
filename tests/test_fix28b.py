"""Junk or wrong speakers from stop 27's modules (fix28b): a spokesperson tied to the wrong
body or to a person, a thing counted as a speaker, a nationality that is someone's name.

Every case is invented: names, places, bodies and firms belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _found(*paragraphs: str) -> dict[str, tuple[str | None, float]]:
    """Each direct quote's words mapped to its speaker and confidence."""
    article = Article(title="Valley news", paragraphs=paragraphs)
    quotes = extract_quotes(article).quotes
    return {q.text: (q.speaker, q.confidence) for q in quotes if q.kind == "direct"}


# store.quotes.body_spokespeople: a bare spokesperson is a body's only when the name is a
# body's and no other body is named in the paragraph before the credit.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        # Another body spoke in between: the spokeswoman may be either's.
        (
            (
                "Corvane Estates said building would start in May. The council said it had "
                "concerns. A spokeswoman said: “We are thrilled to begin.”",
            ),
            "We are thrilled to begin.",
            "A spokeswoman",
        ),
        (
            (
                "Corvane Estates said building would start in May. Police said the road would "
                "close. A spokeswoman said: “We are thrilled to begin.”",
            ),
            "We are thrilled to begin.",
            "A spokeswoman",
        ),
        # Another body only named in between, in capitals or in the writer's words (a body in
        # the body's own statement is what it spoke about: fix28d, test_fix28d).
        (
            (
                "Corvane Estates said building would start in May. Harbour Police closed the "
                "road. A spokeswoman said: “We are thrilled.”",
            ),
            "We are thrilled.",
            "A spokeswoman",
        ),
        (
            (
                "Corvane Estates said building would start in May. Talks with the council "
                "went on. A spokeswoman said: “We are thrilled to begin.”",
            ),
            "We are thrilled to begin.",
            "A spokeswoman",
        ),
        # A person's surname in "-s" is no plural body.
        (
            (
                "Tanwen Evans said building would start in May. A spokeswoman said: “We are "
                "thrilled to begin.”",
            ),
            "We are thrilled to begin.",
            "A spokeswoman",
        ),
        (
            ("Dilwen Rhys said the road would close. A spokesman said: “We are sorry.”",),
            "We are sorry.",
            "A spokesman",
        ),
    ],
)
def test_a_spokesperson_is_no_other_bodys_nor_a_persons(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _found(*paragraphs)[quote][0] == speaker


# Negatives: the one body of the paragraph keeps its spokesperson.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "Corvane Estates said building would start in May. A spokeswoman said: “We "
                "are thrilled.”",
            ),
            "We are thrilled.",
            "A spokeswoman for Corvane Estates",
        ),
        # The body spoke in the paragraph before: the credit's own paragraph is the council's.
        (
            (
                "Corvane Estates said building would start in May.",
                "Rendle Council said it had concerns. A spokeswoman said: “We will object.”",
            ),
            "We will object.",
            "A spokeswoman for Rendle Council",
        ),
        # A company's name ending: "Foods".
        (
            ("Hallam Foods said prices would rise. A spokesman said: “Costs have doubled.”",),
            "Costs have doubled.",
            "A spokesman for Hallam Foods",
        ),
    ],
)
def test_the_one_body_keeps_its_spokesperson(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _found(*paragraphs)[quote][0] == speaker


# A doer's noun after "one" or "a" speaks only when it is a person's word (person_words.py):
# a device, a notice or a screen never does.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        ("“Keep the door shut,” one reminder said on the wall.", "Keep the door shut", None),
        ("“Results may vary,” a disclaimer said.", "Results may vary", None),
        ("The market fell. “Stocks are down,” one ticker read.", "Stocks are down", None),
    ],
)
def test_a_counted_thing_is_no_speaker(paragraph: str, quote: str, speaker: None) -> None:
    assert _found(paragraph)[quote][0] == speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Marla Quist stood on the pier. “Move back now,” a loudspeaker said.",
        "Marla Quist sat by the bed. “Heart rate normal,” a monitor said.",
    ],
)
def test_a_device_is_never_a_confident_speaker(paragraph: str) -> None:
    found = _found(paragraph)
    assert all(speaker not in {"a loudspeaker", "a monitor"} for speaker, _ in found.values())
    assert all(confidence < 0.9 for _, confidence in found.values())


# Negatives: a person's doer noun still speaks after "one", "a" or "another".
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        ("“Nobody told us,” said one dissenter.", "Nobody told us", "one dissenter"),
        ("“The tide turned fast,” a rescuer said.", "The tide turned fast", "a rescuer"),
        ("“It was worth it,” said another bidder.", "It was worth it", "another bidder"),
    ],
)
def test_a_counted_person_speaks(paragraph: str, quote: str, speaker: str) -> None:
    assert _found(paragraph)[quote][0] == speaker


# store.quotes.demonym_names: "the Finn" yields to a person named Finn, and names no one when
# two people were given that nationality.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        # The noun is a named person's first name, but the cast chose another: a first-name
        # tie alone names no one (fix28d: "the Finn" may be a nationality never written).
        (
            "Finn Ostrow scored twice. Rask Lindqvist also played. “It was cold,” said the Finn.",
            "It was cold",
            None,
        ),
        # Two people given the nationality: either may be "the Finn".
        (
            "Aki Rautio, a Finn, and Eero Salmi, also a Finn, both scored. “It was cold,” said "
            "the Finn.",
            "It was cold",
            None,
        ),
        (
            "Aki Rautio, a Finn, scored twice. Eero Salmi, a fellow Finn, scored once. “It was "
            "cold,” said the Finn.",
            "It was cold",
            None,
        ),
        (
            "Finns Aki Rautio and Eero Salmi both scored. “It was cold,” said the Finn.",
            "It was cold",
            None,
        ),
        # One person given the nationality: that one, not the last one named.
        (
            "Aki Rautio, a Finn, scored twice. Rask Lindqvist did not. “It was cold,” said the "
            "Finn.",
            "It was cold",
            "Aki Rautio",
        ),
        # The name's bearer is named only after the credit: no one can tell.
        (
            "Ivo Marek scored. “A fine day,” said the Scot. Later Anna Scot arrived.",
            "A fine day",
            None,
        ),
    ],
)
def test_a_nationality_that_is_a_name_or_shared(
    paragraph: str, quote: str, speaker: str | None
) -> None:
    assert _found(paragraph)[quote][0] == speaker


# Negatives: a nationality no one bears as a name, and given to no one else, is the person
# just named (nationality_speakers.py), as before.
@pytest.mark.parametrize(
    ("paragraph", "quote", "speaker"),
    [
        (
            "Vasco Ortelli said his team had been careless. “We threw it away,” said the Chilean.",
            "We threw it away",
            "Vasco Ortelli",
        ),
        (
            "Lasse Brekke, a Dane, said the course was brutal. “My legs are gone,” the young "
            "Dane added.",
            "My legs are gone",
            "Lasse Brekke",
        ),
        # A Finn Ostrow who is the only Finn of the piece stays himself.
        (
            "Finn Ostrow said the game was slow. “We were tired,” said the Finn.",
            "We were tired",
            "Finn Ostrow",
        ),
    ],
)
def test_a_plain_nationality_is_the_person_just_named(
    paragraph: str, quote: str, speaker: str
) -> None:
    assert _found(paragraph)[quote][0] == speaker


# store.quotes.kin_surnames: "Her husband added" is the husband named further back when the
# credit's own paragraph names his wife last before it; another family's relation between, or
# someone else named there, keeps the relation unnamed.
_BAKERY = (
    "Marta Lindqvist has run the bakery on Dune Street for thirty years.",
    "Lindqvist and her husband, Oskar, opened early on Saturday.",
    "The queue reached the corner by eight.",
    "Flour prices have doubled since spring, the owners said.",
)


@pytest.mark.parametrize(
    ("last", "quote", "speaker"),
    [
        (
            (
                "“We will not close,” Lindqvist insisted. Her husband added: “Not while I can knead.”",
            ),
            "Not while I can knead.",
            "Oskar Lindqvist",
        ),
        # Negatives: another woman is named last before the credit.
        (
            (
                "Greta Sand, a regular, waved. “Save me a loaf,” Sand insisted. Her husband "
                "added: “Two loaves.”",
            ),
            "Two loaves.",
            "Her husband",
        ),
        # Another family's husband between.
        (
            (
                "Greta Sand and her husband came too.",
                "“We will not close,” Lindqvist insisted. Her husband added: “Not while I can "
                "knead.”",
            ),
            "Not while I can knead.",
            "Her husband",
        ),
        # Nobody named in the credit's paragraph: whose husband is not said.
        (("“Not yet,” her husband said.",), "Not yet", "her husband"),
    ],
)
def test_a_relation_far_back_is_its_owners(last: tuple[str, ...], quote: str, speaker: str) -> None:
    found = _found(*_BAKERY, *last)
    assert found[quote][0] == speaker
    assert found[quote][1] < 0.9


# The owner joined by "and" ("Lindqvist and her husband, Oskar,") is the relation's own,
# though another woman is named beside her; her family written so again is no other family.
@pytest.mark.parametrize(
    ("paragraphs", "quote", "speaker"),
    [
        (
            (
                "Marta Lindqvist has run the bakery on Dune Street for thirty years.",
                "Greta Sand, a regular, watched Lindqvist and her husband, Oskar, open early.",
                "“We never close,” Oskar said.",
            ),
            "We never close",
            "Oskar Lindqvist",
        ),
        (
            (
                *_BAKERY[:3],
                "Lindqvist and her husband set out the loaves at seven.",
                "“We will not close,” Lindqvist insisted. Her husband added: “Not while I can "
                "knead.”",
            ),
            "Not while I can knead.",
            "Oskar Lindqvist",
        ),
    ],
)
def test_a_relation_joined_to_its_owner(
    paragraphs: tuple[str, ...], quote: str, speaker: str
) -> None:
    assert _found(*paragraphs)[quote][0] == speaker
