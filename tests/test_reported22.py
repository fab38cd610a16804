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
