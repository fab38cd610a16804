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


RELATIVE_CLAUSES = [
    # A time between "who" and the verb: the clause still closes at its comma.
    (
        "Holm, who in 2019 promised to build a new quay, has since cut the harbour budget twice.",
        [("to build a new quay", HOLM)],
    ),
    (
        "Holm, who in 2019 said the quay would be built, has since cut the harbour budget twice.",
        [("the quay would be built", HOLM)],
    ),
    # The plain relative, as before.
    (
        "Holm, who promised to build a new quay, has since cut the harbour budget twice.",
        [("to build a new quay", HOLM)],
    ),
    # The relative clause closed before the verb: the main clause's statement runs on.
    (
        "Holm, who runs the port, said the quay would be built, and the pier after it.",
        [("the quay would be built, and the pier after it", HOLM)],
    ),
    # No relative clause: a comma inside the statement does not end it.
    (
        "Holm said the quay, the pier and the shed would be built in 2019.",
        [("the quay, the pier and the shed would be built in 2019", HOLM)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), RELATIVE_CLAUSES)
def test_a_relative_clause_with_a_time_closes_at_its_comma(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected


PLURAL_OBJECTS = [
    # A participle with "by" after the plural: the noun is the object, nothing reported.
    ("Holm said prayers offered by the families of the lost crew.", []),
    ("Holm said masses sponsored by the families of the crew.", []),
    # A past verb: the plural is the clause's subject, as before.
    (
        "Holm said crews wanted to know when the harbour would reopen.",
        [("crews wanted to know when the harbour would reopen", HOLM)],
    ),
    (
        "Holm said prices rose by a third after the harbour closed.",
        [("prices rose by a third after the harbour closed", HOLM)],
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), PLURAL_OBJECTS)
def test_a_plural_with_a_passive_participle_opens_no_clause(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert reported(paragraph) == expected
