"""Descriptions after a named person: an age or a nation is no role, and a body's role is the
role (gen28 probe shapes: "the Norwegian", "the 40-year-old Scot", "the club's captain").

Every case is invented: names, places and words belong to no corpus.
"""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes


def _credits(*paragraphs: str) -> list[tuple[str | None, float]]:
    article = Article(title="Weekend round-up", paragraphs=paragraphs)
    return [
        (q.speaker, float(q.confidence or 0))
        for q in extract_quotes(article).quotes
        if q.kind == "direct"
    ]


# store.quotes.roleless_descriptions: an appositive age ("Brunn, 29,") or an earlier role
# ("her rival Elke Sommar") no longer keeps "the Norwegian"/"the skier" from the person
# just named.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Tove Brunn edged out Carla Menez in the sprint.",
                "Brunn, 29, was delighted. “I have waited years for this,” the Norwegian said.",
            ),
            "Tove Brunn",
        ),
        (
            (
                "Tove Brunn edged out Carla Menez in the sprint.",
                "Menez, 33, was gracious in defeat. “She was quicker today,” the rider said.",
            ),
            "Carla Menez",
        ),
        (
            (
                "The title went to her old rival Elke Sommar of Brandvik.",
                "Sommar was smiling at the finish. “The snow was perfect,” the Swede said.",
            ),
            "Elke Sommar",
        ),
    ],
)
def test_age_or_nation_is_no_role(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [found for found, _ in _credits(*paragraphs)] == [speaker]


# store.quotes.owned_roles: "the firm's founder" after "Olwen Gask, who founded the firm,"
# is Gask, as "the founder" would be.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Mill Lane Bakery chief executive Olwen Gask unveiled the new loaf.",
                "“We tested forty recipes,” the company's chief executive said.",
            ),
            "Olwen Gask",
        ),
        (
            (
                "Harbour Rovers captain Denny Ocampo lifted the cup.",
                "Ocampo was hoarse. “We never stopped running,” the club's captain said.",
            ),
            "Denny Ocampo",
        ),
    ],
)
def test_a_bodys_role_is_the_role(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [found for found, _ in _credits(*paragraphs)] == [speaker]


# store.quotes.nationality_speakers: "the 40-year-old Scot" after the named coach was read as a
# name, "Scot", at a name's confidence: now a description, never a confident credit.
def test_aged_nationality_is_a_description() -> None:
    credits = _credits(
        "Dalby coach Fergus Annat was furious. “We were robbed,” he said.",
        "“That was never a penalty,” the 40-year-old Scot added.",
    )
    assert credits[1][0] != "Scot"
    assert credits[1][1] < 0.9


# Look-alikes that must keep their description (or find someone else): a person noun's or a
# family's possessive, an indefinite owner, a plural people.
@pytest.mark.parametrize(
    ("paragraphs", "not_speaker"),
    [
        (
            (
                "Police named the driver as Arno Vell.",
                "“He was a gentle boy,” the victim's mother said.",
            ),
            "Arno Vell",
        ),
        (
            (
                "Mill Lane Bakery chief executive Olwen Gask unveiled the new loaf.",
                "“She works too hard,” her husband's brother said.",
            ),
            "Olwen Gask",
        ),
        (
            (
                "Harbour Rovers captain Denny Ocampo lifted the cup.",
                "“It was a fine day for the town,” a club's captain from the next valley said.",
            ),
            "Denny Ocampo",
        ),
        (
            (
                "Tove Brunn edged out Carla Menez in the sprint.",
                "“We will be back next year,” the Norwegians said.",
            ),
            "Tove Brunn",
        ),
    ],
)
def test_look_alikes_keep_their_description(paragraphs: tuple[str, ...], not_speaker: str) -> None:
    assert all(found != not_speaker for found, _ in _credits(*paragraphs))


# A body's document is no role: "according to the club's tally" gives the count to no holder.
def test_a_bodys_document_has_no_holder() -> None:
    article = Article(
        title="Weekend round-up",
        paragraphs=(
            "Harbour Rovers captain Denny Ocampo lifted the cup.",
            "The side won 40 of its 42 games, according to the club's tally.",
        ),
    )
    assert all(q.speaker != "Denny Ocampo" for q in extract_quotes(article).quotes)


def _reported(*paragraphs: str) -> list[str | None]:
    article = Article(title="Village news", paragraphs=paragraphs)
    return [q.speaker for q in extract_quotes(article).quotes if q.kind == "indirect"]


# store.quotes.owned_leads: a possessive opening the sentence before a described name ("Her
# coach Ivo Brandt said ...") leaves the name the clause's subject, as "The coach" does.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            ("The storm hit on Monday.", "Her old coach Ivo Brandt said the girl had real talent."),
            "Ivo Brandt",
        ),
        (
            (
                "The flood closed the mill.",
                "Its chief engineer Rosa Fenn said the wheel would turn again.",
            ),
            "Rosa Fenn",
        ),
        (
            (
                "Tomas Vell ran the shop for years.",
                "His sister Greta, who runs it now, said the rent had doubled.",
            ),
            "Greta Vell",
        ),
    ],
)
def test_possessive_opening_reports_its_clause(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert _reported(*paragraphs) == [speaker]


# Look-alikes: a possessive inside the sentence is an object's ("told her son"), and a thing
# owned is no speaker.
@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The storm hit on Monday.", "She told her son Ivo the farm had been sold."),
        ("The storm hit on Monday.", "Her latest novel Storm Island said little that was new."),
    ],
)
def test_possessive_look_alikes_report_nothing(paragraphs: tuple[str, ...]) -> None:
    assert "Ivo" not in _reported(*paragraphs)
    assert "Storm Island" not in _reported(*paragraphs)
