"""The "More" button's callback data: Telegram allows 64 bytes, questions can be longer."""

from __future__ import annotations

import pytest

from bot.telegram.answers import PAGED_KEEP, more_data, parse_more

LONG = "/quote we will not give up on the grain deal whatever the partners decide to do"


@pytest.mark.parametrize(
    ("question", "page"),
    [
        ("/latest", 1),
        ("/latest 20", 12),
        ("/quote Lavrov: the ball is in their court", 2),  # colons inside the question
        ("/quote Сергей Лавров о мяче на их стороне", 1),  # under 64 characters, over 64 bytes
        (LONG, 3),  # too long: travels as a key
    ],
)
def test_more_data_fits_telegram_and_reads_back(question: str, page: int) -> None:
    paged: dict[str, str] = {}
    data = more_data(question, page, paged)
    assert len(data.encode("utf-8")) <= 64
    assert parse_more(data, paged) == (question, page)


def test_short_questions_need_no_memory_so_buttons_survive_a_restart() -> None:
    paged: dict[str, str] = {}
    data = more_data("/latest 5", 1, paged)
    assert paged == {}
    assert parse_more(data, {}) == ("/latest 5", 1)


@pytest.mark.parametrize(
    "data",
    [
        "",
        "more",
        "more:x:/latest",  # page is not a number
        "more:1:",  # no question
        "more#1:unknownkey",  # forgotten (e.g. after a restart)
        "follow:1:/latest",  # another feature's button
        # Forged by a client: a page no list has (SQLite cannot even hold the offset) ...
        "more:99999999999999999999:/latest",
        "more:1001:/latest",
        # ... or digits int() refuses (superscripts) or reads (Arabic-Indic) though we never
        # write them.
        "more:\u00b2:/latest",
        "more:\u0663:/latest",
        "more:-1:/latest",
    ],
)
def test_unreadable_or_forgotten_data_is_none(data: str) -> None:
    assert parse_more(data, {}) is None


def test_remembered_questions_are_bounded() -> None:
    paged: dict[str, str] = {}
    first = more_data(LONG + " 0", 1, paged)
    for number in range(1, PAGED_KEEP + 1):
        more_data(f"{LONG} {number}", 1, paged)
    assert len(paged) == PAGED_KEEP
    assert parse_more(first, paged) is None  # the oldest went first
