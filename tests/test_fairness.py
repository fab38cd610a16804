"""The question budget: token buckets per user and per group, one "slow down" per burst."""

from __future__ import annotations

import math

import pytest

from bot.telegram.fairness import (
    MAX_QUESTION_CHARS,
    UNLIMITED,
    QuestionBudget,
    Rate,
    TokenBucket,
    Verdict,
    bounded_question,
)

A, S, D = Verdict.ANSWER, Verdict.SLOW_DOWN, Verdict.DROP
ME, YOU, GROUP = 1, 2, -100


@pytest.mark.parametrize(
    ("rate", "takes", "expected"),
    [
        # (time, ...) of each take, and whether each found a token.
        (Rate(2, 1), [0, 0, 0], [True, True, False]),  # the burst, then nothing
        (Rate(2, 1), [0, 0, 0, 1.0], [True, True, False, True]),  # one back a second later
        (Rate(2, 1), [0, 0, 0.5], [True, True, False]),  # half a token is not one
        (Rate(2, 1), [0, 0, 10, 10, 10], [True, True, True, True, False]),  # refills to burst only
        (Rate(1, 1), [5, 4, 4.5], [True, False, False]),  # a clock going back refills nothing
        (Rate(3, 0), [0, 0, 0, 99], [True, True, True, False]),  # never refilled
        (UNLIMITED, [0] * 1000, [True] * 1000),
    ],
)
def test_token_bucket(rate: Rate, takes: list[float], expected: list[bool]) -> None:
    bucket = TokenBucket(rate, takes[0])
    assert [bucket.take(now) for now in takes] == expected


def test_an_unlimited_bucket_stays_unlimited() -> None:
    bucket = TokenBucket(UNLIMITED, 0)
    bucket.take(0)
    assert bucket.available(1e9) == math.inf


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


# Each step: (seconds passed before it, user, chat, group?, expected verdict).
Step = tuple[float, int, int, bool, Verdict]
USER = Rate(2, 0.5)  # two at once, then one every 2 s
CHAT = Rate(3, 0.25)  # three at once, then one every 4 s


@pytest.mark.parametrize(
    "steps",
    [
        pytest.param(
            [(0, ME, ME, False, A), (0, ME, ME, False, A), (0, ME, ME, False, S)]
            + [(0, ME, ME, False, D)] * 5,
            id="a burst, one slow down, then silence",
        ),
        pytest.param(
            [(0, ME, ME, False, A)] * 2 + [(0, ME, ME, False, S), (0, YOU, YOU, False, A)],
            id="another user is not touched by my flood",
        ),
        pytest.param(
            [(0, ME, ME, False, A)] * 2
            + [(0, ME, ME, False, S), (2, ME, ME, False, A), (0, ME, ME, False, S)],
            id="a new burst after an answer gets its own notice",
        ),
        pytest.param(
            [(0, ME, ME, False, A)] * 2 + [(0, ME, ME, False, S), (1, ME, ME, False, D)],
            id="still over budget: no second notice",
        ),
        pytest.param(
            [
                (0, ME, GROUP, True, A),
                (0, YOU, GROUP, True, A),
                (0, 3, GROUP, True, A),
                (0, 4, GROUP, True, S),  # a fourth person in the group: the group is out
                (0, 5, GROUP, True, D),
            ],
            id="a busy group runs out for everyone in it, told once",
        ),
        pytest.param(
            [(0, ME, GROUP, True, A)] * 2 + [(0, ME, GROUP, True, S), (0, ME, ME, False, D)],
            id="my budget is mine in every chat",
        ),
        pytest.param(
            [(0, ME, -1, True, A), (0, ME, -2, True, A), (0, YOU, -1, True, A)],
            id="group budgets are per group",
        ),
    ],
)
def test_question_budget(steps: list[Step]) -> None:
    clock = Clock()
    budget = QuestionBudget(USER, CHAT, clock=clock)
    verdicts = []
    for passed, user, chat, group, _ in steps:
        clock.now += passed
        verdicts.append(budget.admit(user, chat, group=group))
    assert verdicts == [step[-1] for step in steps]


def test_inline_queries_have_a_budget_of_their_own() -> None:
    budget = QuestionBudget(USER, CHAT, inline=Rate(3, 1), clock=Clock())
    assert [budget.admit_inline(ME) for _ in range(5)] == [A, A, A, S, D]
    assert budget.admit_inline(YOU) is A  # another user is not touched
    assert budget.admit(ME, ME, group=False) is A  # typing a search does not spend questions
    assert [budget.admit(ME, ME, group=False) for _ in range(2)] == [A, S]
    assert budget.admit_inline(ME) is D  # nor questions a search: both still told


def test_forgotten_buckets_are_full_again() -> None:
    budget = QuestionBudget(Rate(1, 0), CHAT, clock=Clock(), keep=2)
    assert budget.admit(ME, ME, group=False) is A
    assert budget.admit(ME, ME, group=False) is S
    budget.admit(YOU, YOU, group=False)
    budget.admit(3, 3, group=False)  # the third user pushes the first out
    assert budget.admit(ME, ME, group=False) is A


@pytest.mark.parametrize(
    ("length", "cut"),
    [(0, False), (MAX_QUESTION_CHARS, False), (MAX_QUESTION_CHARS + 1, True), (4000, True)],
)
def test_bounded_question(length: int, cut: bool) -> None:
    question, was_cut = bounded_question("x" * length)
    assert was_cut is cut and len(question) == min(length, MAX_QUESTION_CHARS)
