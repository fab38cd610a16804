"""Blind-probe fixes, stop 26 (fix26d): a person "of" the body she belongs to speaks, not the
body, when the body's name ends in a word for a job too ("Party") or a description of the
body stands before its name ("the civic list Borgo Vivo")."""

from __future__ import annotations

import pytest

from store.models import Article
from store.quotes.extract import extract_quotes
from store.quotes.mentions import MentionKind, read_mention


def _speakers(*paragraphs: str, title: str = "Invented town news") -> list[tuple[str, str | None]]:
    quotes = extract_quotes(Article(title=title, paragraphs=paragraphs)).quotes
    return [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Anna Berg of the Liberal Party", "Anna Berg"),
        ("John Smith of the Green Party", "John Smith"),
        ("Councillor Gia Sorel of the civic list Borgo Vivo", "Gia Sorel"),
        ("Ada Kerr of the software firm Halcor", "Ada Kerr"),
        ("Bo Renn of the far-right opposition party Vantor", "Bo Renn"),
        # Already right before the change, kept so.
        ("Tom Reed of the Farmers Union", "Tom Reed"),
        ("Mary Jones of the Royal College of Nursing", "Mary Jones"),
        ("Jo Lee of the Hart Center for Trade Studies", "Jo Lee"),
    ],
)
def test_person_of_a_body_is_the_mention(words: str, name: str) -> None:
    mention = read_mention(words)
    assert mention is not None
    assert (mention.kind, mention.name) == (MentionKind.NAME, name)


@pytest.mark.parametrize(
    ("words", "kind", "name"),
    [
        # A role before "of" is the person's job, the body after it is no one's affiliation.
        ("the leader of the Liberal Party", MentionKind.DESCRIPTION, None),
        # "and" joins two people: the last one named speaks.
        ("Bo Renn of the firm and Ada Kerr", MentionKind.NAME, "Ada Kerr"),
        # The party alone is the party.
        ("the Liberal Party", MentionKind.ORGANISATION, "Liberal Party"),
        # No "the" before the description: no body described, no affiliation.
        ("Bo Renn of civic list Borgo Vivo", MentionKind.NAME, "Borgo Vivo"),
    ],
)
def test_near_misses_keep_their_reading(words: str, kind: MentionKind, name: str | None) -> None:
    mention = read_mention(words)
    assert mention is not None
    assert (mention.kind, mention.name) == (kind, name)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Anna Berg of the Liberal Party said: “The figures are propaganda.”", "Anna Berg"),
        (
            "Councillor Gia Sorel of the civic list Borgo Vivo said the figures were “propaganda”.",
            "Gia Sorel",
        ),
        ("“We will vote against it,” said Tom Reed of the Farmers Union.", "Tom Reed"),
    ],
)
def test_quote_goes_to_the_member(paragraph: str, speaker: str) -> None:
    speakers = {who for _, who in _speakers(paragraph)}
    assert speakers == {speaker}


# Fix 2: a short form of a title before a surname the cast holds with that title.
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (
            (
                "Detective Sergeant Kate Morrow leads the inquiry.",
                "“Somebody knows,” Det Sgt Morrow said.",
            ),
            "Kate Morrow",
        ),
        (
            (
                "Councillor Ann Hartley chairs the committee.",
                "“We will decide in May,” Councillor Hartley said.",
            ),
            "Ann Hartley",
        ),
        (
            (
                "Councillor Ann Hartley chairs the committee.",
                "“We will decide in May,” Cllr Hartley said.",
            ),
            "Ann Hartley",
        ),
        (
            (
                "Detective Chief Superintendent Lena Voss spoke outside.",
                "“We are close,” Det Ch Supt Voss said.",
            ),
            "Lena Voss",
        ),
        # Her son shares the surname; the title says which Morrow.
        (
            (
                "Detective Sergeant Kate Morrow leads the inquiry. Her son, Tom Morrow, is 12.",
                "“Somebody knows,” Det Sgt Morrow said.",
            ),
            "Kate Morrow",
        ),
    ],
)
def test_short_title_is_the_titled_bearer(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [who for _, who in _speakers(*paragraphs)] == [speaker]


def test_short_title_in_narration_joins_the_cast() -> None:
    # "Councillor Hartley" in narration is Ann Hartley: the "she" after it is hers, and no
    # second Hartley is filed.
    got = _speakers(
        "Councillor Ann Hartley chairs the committee. Councillor Hartley said the vote would wait.",
        "“We will decide in May,” she said.",
    )
    assert {who for _, who in got} == {"Ann Hartley"}


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # No Morrow was given a sergeant's title: nothing to join.
        (("Kate Morrow leads the inquiry.", "“Somebody knows,” Sgt Morrow said."), "Sgt Morrow"),
        # A first name we know is a first name, not a title.
        (
            (
                "Detective Sergeant Kate Morrow leads the inquiry.",
                "“Somebody knows,” Dan Morrow said.",
            ),
            "Dan Morrow",
        ),
        # "Che" keeps no last letter of "Chief": a name, not a short title.
        (("Chief Executive Ada Renn runs the firm.", "“Fine,” Che Renn said."), "Che Renn"),
        # Two sergeants named Morrow: the short title cannot tell them apart.
        (
            (
                "Detective Sergeant Kate Morrow and Detective Sergeant Paul Morrow lead it.",
                "“Somebody knows,” Det Sgt Morrow said.",
            ),
            "Det Sgt Morrow",
        ),
    ],
)
def test_short_title_near_misses(paragraphs: tuple[str, ...], speaker: str) -> None:
    assert [who for _, who in _speakers(*paragraphs)] == [speaker]


# Fix 3: a job's field after its "of" ("Director of nursing") before the name holding it.
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Director of nursing Ann Cole said: “It lasts all day.”",
            [("It lasts all day.", "Ann Cole")],
        ),
        (
            "Head of engineering Carla Mendes said the device would last “a full working day”.",
            [
                ("the device would last “a full working day”", "Carla Mendes"),
                ("a full working day", "Carla Mendes"),
            ],
        ),
        (
            "The head of engineering Carla Mendes said: “It is ready.”",
            [("It is ready.", "Carla Mendes")],
        ),
        (
            "The professor of nursing Ann Cole said the ward was full.",
            [("the ward was full", "Ann Cole")],
        ),
    ],
)
def test_field_job_before_a_name(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert _speakers(paragraph) == expected


@pytest.mark.parametrize(
    ("words", "kind", "name"),
    [
        ("Director of nursing Ann Cole", MentionKind.NAME, "Ann Cole"),
        # No name after the field: the description is the speaker.
        ("The head of marketing", MentionKind.DESCRIPTION, None),
        # A body the job serves, not a field: unchanged (the description as written).
        (
            "a spokesman for Ada Kerr",
            MentionKind.DESCRIPTION,
            None,
        ),
    ],
)
def test_field_job_mentions(words: str, kind: MentionKind, name: str | None) -> None:
    mention = read_mention(words)
    assert mention is not None
    assert (mention.kind, mention.name) == (kind, name)


def test_participle_objects_stay_objects() -> None:
    # "backing" takes the name as its object: the voters speak, not Bo Kerr; "critic" runs
    # no field, and its "of building" names a deed.
    assert [who for _, who in _speakers("Voters backing Bo Kerr said: “He will win.”")] == [
        "Voters"
    ]
    assert [who for _, who in _speakers("A critic of building Ada Kerr said: “No.”")] != [
        "Ada Kerr"
    ]
