"""Reported speech that goes on after a cue or a deed of its speaker: ", adding that ...",
", saying ...", "..., asserting that ..." (invented articles)."""

from __future__ import annotations

import pytest

from tests.reported_cases import BERG, HOLM, reported

AFTER_A_CUE = [
    # A direct quote, its cue, then a participle that reports a clause of the same speaker.
    (
        "“We will not sign,” Holm said, adding that the quota is “the worst in a decade.”",
        [("the quota is “the worst in a decade.”", HOLM)],
    ),
    (
        "“We will not sign,” Holm said, saying Berg would “ruin the whole coast.”",
        [("Berg would “ruin the whole coast.”", HOLM)],
    ),
    (
        "“The season is over,” Holm told a crowd at the port, saying the ministry had failed.",
        [("the ministry had failed", HOLM)],
    ),
    # After a naming cue too, and after quoted words' closing mark.
    (
        "Berg called the plan a “ridiculous idea,” adding that the one who “must change course"
        " is Holm, not the ministry.”",
        [("the one who “must change course is Holm, not the ministry.”", BERG)],
    ),
    (
        "Holm called the plan a failure, adding that the ministry had ignored the coast.",
        [("the ministry had ignored the coast", HOLM)],
    ),
    # The one told is not the one going on: the teller is.
    (
        "“We will not sign,” Berg told Holm, adding that the quota would stay as it is.",
        [("the quota would stay as it is", BERG)],
    ),
    # A statement before the cue and one after its participle: both the speaker's.
    (
        "The quota is unfair, Holm said, adding that the ministry would not listen.",
        [("The quota is unfair", HOLM), ("the ministry would not listen", HOLM)],
    ),
    # A participle that reports only with "that" ends the statement before it, as "adding" does.
    (
        "Holm said the quota was far too low for the fleet, asserting that the nets were torn.",
        [("the quota was far too low for the fleet", HOLM), ("the nets were torn", HOLM)],
    ),
    (
        "Berg said the ban would stay, declaring that the coast needed a rest.",
        [("the ban would stay", BERG), ("the coast needed a rest", BERG)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), AFTER_A_CUE)
def test_participle_after_a_cue_reports_for_its_speaker(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected


AFTER_A_DEED = [
    # Participles that report only with "that".
    (
        "Holm spoke for an hour, declaring that the quota had ruined the fleet.",
        [("the quota had ruined the fleet", HOLM)],
    ),
    (
        "Holm went after Berg over the quota, calling it “shameful” and asserting that the"
        " only answer must be a new minister.",
        [("the only answer must be a new minister", HOLM)],
    ),
    # Without "that" they take an object: nothing reported.
    ("Holm spoke for an hour, declaring the quota a failure.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), AFTER_A_DEED)
def test_participle_after_a_deed_reports_for_the_subject(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected


MORE_BARE_CLAUSES = [
    # Verbs that take an object far more often report a bare clause only when a short
    # subject (or a name) and its verb open it at once.
    (
        "Holm tweeted the quota was a disgrace to the whole coast.",
        [
            ("the quota was a disgrace to the whole coast", HOLM),
        ],
    ),
    (
        "The ministry declared Holm was a danger to the fleet.",
        [
            ("Holm was a danger to the fleet", "The ministry"),
        ],
    ),
    (
        "Berg stated Holm and his crew were “extremely careless with the nets.”",
        [
            ("Holm and his crew were “extremely careless with the nets.”", BERG),
        ],
    ),
    (
        "Holm replied the ministry had never asked the crews.",
        [
            ("the ministry had never asked the crews", HOLM),
        ],
    ),
    # Their objects are no statements.
    ("Holm tweeted a photo of the harbour at dawn.", []),
    ("Holm maintains a wide lead over Berg in the northern towns.", []),
    ("Holm declared for the leadership of the party in May.", []),
    ("The ministry declared Holm to be a danger to the fleet.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), MORE_BARE_CLAUSES)
def test_object_taking_verbs_report_a_bare_clause_only_when_it_opens_at_once(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected


NAMED_BODIES_IN_A_DESCRIPTION = [
    # The speaker's description after an inverted cue names a body whose words look like
    # verbs ("Liberties", "Growers"): still a description, and the statement before is his.
    (
        "The old quota was “very harsh and unfair to the crews,” said Per Lund, director of"
        " the Coastal Liberties Union in Nordland.",
        [("The old quota was “very harsh and unfair to the crews,”", "Per Lund")],
    ),
    (
        "The old quota was very harsh and unfair to the crews, said Per Lund, vice president"
        " of the Cod Growers Association.",
        [("The old quota was very harsh and unfair to the crews", "Per Lund")],
    ),
    # The description's own appositive, a name after its comma, still closes the cue.
    (
        "The old quota was very harsh and unfair to the crews, said Per Lund, a spokesman"
        " for the fleet's parent company, Nordic Fish.",
        [("The old quota was very harsh and unfair to the crews", "Per Lund")],
    ),
    # A description with a verb of its own is more than a cue: nothing reported.
    (
        "The old quota was very harsh, said Per Lund, the union leader who says he was never asked.",
        [],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), NAMED_BODIES_IN_A_DESCRIPTION)
def test_a_description_naming_a_body_still_closes_the_cue(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected


TITLES_BEFORE_A_NAME = [
    # A title the cast does not know, opening the sentence right before the name.
    (
        "County freeholder Per Lund said it was important that the ministry listen to the crews.",
        [("it was important that the ministry listen to the crews", "Per Lund")],
    ),
    (
        "Harbour pilot Per Lund said the channel had silted up again.",
        [("the channel had silted up again", "Per Lund")],
    ),
    # Longer, with a plural inside it, before the mention's own role word.
    (
        "Fleet senior communications adviser Per Lund said in a statement that the fleet’s"
        " “strong season proves the plan works.”",
        [("the fleet’s “strong season proves the plan works.”", "Per Lund")],
    ),
    # Words that are no title leave the clause unread, as before.
    ("Yesterday Per Lund said the channel had silted up again.", []),
    ("Critics Per Lund and Ada Kerr said the channel had silted up again.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), TITLES_BEFORE_A_NAME)
def test_an_unknown_title_before_the_name_leaves_it_the_subject(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected


BEFORE_THE_CUE = [
    # A statement before its cue is the speaker's whole: "while", "although", "but" inside it
    # open no clause of the writer's (after the cue they do).
    (
        "The first towns hold a tenth of the boats, while the northern towns hold half and"
        " “better reflect the coast,” Holm wrote.",
        [
            (
                "The first towns hold a tenth of the boats, while the northern towns hold half"
                " and “better reflect the coast,”",
                HOLM,
            )
        ],
    ),
    (
        "The talks failed even though the audits found nothing wrong, Holm said.",
        [("The talks failed even though the audits found nothing wrong", HOLM)],
    ),
    (
        "The quota is too high, but the ministry will not admit it, Holm said.",
        [("The quota is too high, but the ministry will not admit it", HOLM)],
    ),
    (
        "Holm said the quota is too high, although the ministry found nothing wrong.",
        [("the quota is too high", HOLM)],
    ),
    # After the cue, the speaker's quoted words right after the opener keep the clause his.
    (
        "Holm said the danger came from the ministry’s plans while “letting the big trawlers"
        " take everything.”",
        [
            (
                "the danger came from the ministry’s plans while “letting the big trawlers take everything.”",
                HOLM,
            )
        ],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), BEFORE_THE_CUE)
def test_a_statement_before_its_cue_keeps_its_own_clauses(
    paragraph: str, expected: list[tuple[str, str | None]]
) -> None:
    assert reported(paragraph) == expected
