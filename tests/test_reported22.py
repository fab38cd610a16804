"""A speaker's own participle aside between her and her verb ("X, speaking on condition of
anonymity, said ..."): the statement after the verb is hers (store/quotes/
reported_participle_asides.py), and it still stops at the writer's own clause."""

from __future__ import annotations

import pytest

from tests.reported_cases import BERG, HOLM, reported

PARTICIPLE_ASIDES = [
    # A description's only cue is the aside's "speaking": the "said" after it reports.
    (
        "A Norwegian official, speaking on condition of anonymity, said Wednesday that the"
        " fleet will sail in May.",
        [("the fleet will sail in May", "A Norwegian official")],
    ),
    (
        "A Norwegian official, speaking on condition of anonymity to discuss the schedule, said"
        ' Berg "will meet any captain who asks."',
        [('Berg "will meet any captain who asks."', "A Norwegian official")],
    ),
    # The writer's own clause after the statement stays out of it.
    (
        "Berg, writing in a local paper, said the harbour would close in June, even though"
        " three audits found nothing.",
        [("the harbour would close in June", BERG)],
    ),
    # A named speaker's aside, as before: one statement, not two.
    (
        "Lars Holm, speaking to reporters in Bodo, said the quota was far too low for the north.",
        [("the quota was far too low for the north", HOLM)],
    ),
    # No statement after the verb: nothing reported.
    ("A Norwegian official, speaking to reporters, said.", []),
    # An aside that is not set off right after its speaker is no speaker's aside.
    ("Lars Holm spoke to reporters, speaking of the quota, said nothing.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PARTICIPLE_ASIDES)
def test_a_participle_aside_leaves_the_statement_to_its_speaker(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


PLEDGES = [
    # A pledge's infinitive is its statement, a time between them or not.
    (
        "Berg promised Sunday to end “the wasteful quota regime.”",
        [("to end “the wasteful quota regime.”", BERG)],
    ),
    (
        'Berg vowed to "be a loud voice for the north" if elected.',
        [('to "be a loud voice for the north" if elected', BERG)],
    ),
    # The writer's own clause, and a predicate of hers joined after it, stay out.
    (
        "Holm vowed to close the harbour by May, even though three audits found nothing.",
        [("to close the harbour by May", HOLM)],
    ),
    (
        "Holm vowed to keep the harbour open and celebrated the ruling on Monday.",
        [("to keep the harbour open", HOLM)],
    ),
    # Bare verbs joined to the first are the pledge's own.
    (
        "Berg promised to build a quay and dredge the port before winter.",
        [("to build a quay and dredge the port before winter", BERG)],
    ),
    # An object or a preposition after the verb: no pledge of words.
    ("Holm promised the crews a raise and a new boat.", []),
    ("Holm pledged to them his full support for the quota.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLEDGES)
def test_a_pledge_reports_its_infinitive(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert reported(paragraph) == expected


def test_a_pledge_another_cue_follows_is_left_alone() -> None:
    # The pledge may be the later speaker's claim about him: only her statement is reported.
    paragraph = "Holm has pledged to back the plan for the north, Berg said on Friday."
    assert reported(paragraph) == [("Holm has pledged to back the plan for the north", BERG)]


PLURAL_SUBJECTS = [
    # A bare plural and a past verb open the clause after "said" / "says".
    (
        "Holm said crews wanted to know if the ministry would act.",
        [("crews wanted to know if the ministry would act", HOLM)],
    ),
    (
        "Berg says prices rose sharply after the quota was cut in the spring.",
        [("prices rose sharply after the quota was cut in the spring", BERG)],
    ),
    # The writer's own clause after it stays out.
    (
        "Holm said talks stalled after the minister left the harbour early, even though three"
        " audits found nothing.",
        [("talks stalled after the minister left the harbour early", HOLM)],
    ),
    # A present verb reads as a noun pair as easily; a noun object is no clause.
    ("Holm says crews need to know if the ministry will act.", []),
    ("Holm said prayers for the crews lost at sea last winter.", []),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLURAL_SUBJECTS)
def test_a_bare_plural_and_its_past_verb_open_the_clause(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected
