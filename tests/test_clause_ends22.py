"""Where a reported statement stops and what opens one: a pledge ends at the writer's next
clause (store/quotes/reported_pledges.py), a relative clause with a time after "who" closes at
its comma (store/quotes/reported.py), and a bare plural with a participle and "by" is an
object, not a clause's subject (store/quotes/plural_subjects.py)."""

from __future__ import annotations

import pytest

from tests.reported_cases import HOLM, reported

PLEDGE_ENDS = [
    # After a comma, "then" or "but" opens the writer's clause, not more of the promise.
    (
        "Holm pledged to cut port fees, then raised them by a third in his first budget.",
        [("to cut port fees", HOLM)],
    ),
    (
        "Holm promised to resign if he lost, but voters returned him for a third term in May.",
        [("to resign if he lost", HOLM)],
    ),
    (
        "Holm vowed to close the harbour, although the council voted to keep it open.",
        [("to close the harbour", HOLM)],
    ),
    # A comma with a new subject after it: the writer's clause too.
    (
        "Holm vowed to close the harbour, it was his third such vow this year.",
        [("to close the harbour", HOLM)],
    ),
    # A comma inside the promise, no clause word after it: the promise goes on.
    (
        "Holm vowed to close the harbour, the quay and the fish market by May.",
        [("to close the harbour, the quay and the fish market by May", HOLM)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLEDGE_ENDS)
def test_a_pledge_stops_at_the_writers_next_clause(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected
