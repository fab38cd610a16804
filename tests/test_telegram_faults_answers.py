"""Answers under Telegram's faults and floods, end to end: the real Application polling the fake
Bot API on 127.0.0.1 (tests/fake_bot_api.py, FaultyBotApi), which answers the bot's sends with
5xx, proxy pages, garbage, 429s, slow answers, dropped connections and chat migrations.

Every question gets exactly one reply (or, past its asker's budget, one honest "slow down"),
and never an apology after an answer that may have arrived.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlite_utils import Database
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.telegram.answers import ALREADY_SENT, APOLOGY, STALE_BUTTON
from bot.telegram.fairness import (
    CUT_NOTE,
    INLINE_RATE,
    SLOW_DOWN,
    SLOW_DOWN_SHORT,
    USER_RATE,
    QuestionBudget,
)
from bot.telegram.limiter import ChatKey, ChatRateLimiter, chat_key, is_group
from bot.telegram.sending import SEND_ATTEMPTS, surely_not_delivered
from bot.telegram.state import BotState
from bot.telegram.worker import in_reader
from store.db import open_db
from store.ingest.batch import store_article
from store.ingest.seeds import ensure_seeded
from store.models import Article
from tests.fake_bot_api import (
    DROP,
    GARBAGE_200,
    GARBAGE_500,
    HTML_502,
    OTHER_READER,
    TLS_CERTIFICATE,
    Call,
    Fault,
    FaultyBotApi,
    FloodLimits,
    RunningBot,
    TlsBotApi,
    flood_wait,
    group_chat,
    migrated,
    private_chat,
    replies_to,
    reply_to,
    slow,
)

ME = private_chat(601)
YOU = private_chat(602)
GROUP = group_chat(-100601)
SUPERGROUP_ID = -100699
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

GRAIN = Article(
    title="Grain deal ends and farmers look for buyers",
    paragraphs=(
        '"The grain deal is over, and we must find new buyers," Agriculture Minister Lena '
        "Varga said on Monday.",
    ),
    source="Test Agency",
    published="2024-07-22",
    url="https://news.example.org/grain-deal",
)


@pytest.fixture(scope="module")
def news_db() -> Iterator[Database]:
    db = open_db(":memory:")
    ensure_seeded(db)
    store_article(db, GRAIN)
    for number in range(1, 16):  # enough for /latest 15 to page with a "More" button
        store_article(
            db,
            Article(
                title=f"Harvest report {number}: silos fill up across the northern region",
                paragraphs=(f'"Region {number} had a fine harvest," said Mira Dahl.',),
                source="Test Agency",
                published=f"2024-06-{number:02d}",
                url=f"https://news.example.org/harvest/{number}",
            ),
        )
    yield db
    db.close()


@pytest.fixture
def faulty() -> Iterator[FaultyBotApi]:
    server = FaultyBotApi()
    with server:
        yield server


@pytest.fixture
def bot(faulty: FaultyBotApi, news_db: Database) -> Iterator[RunningBot]:
    with RunningBot(faulty, news_db) as running:
        yield running


def sent_to(api: FaultyBotApi, chat_id: int) -> list[Call]:
    return [call for call in api.done("sendMessage") if int(call["chat_id"]) == chat_id]


def logged(caplog: pytest.LogCaptureFixture, words: str) -> bool:
    return any(words in record.getMessage() for record in caplog.records)


# -- what surely did not arrive is sent again -------------------------------------------------


@pytest.mark.parametrize(
    "faults",
    [
        [Fault(500)],
        [Fault(502)],  # Telegram's own JSON
        [HTML_502],  # a reverse proxy's HTML page
        [GARBAGE_500],  # an error status with a body cut short
        [Fault(500), Fault(502)],  # still within SEND_ATTEMPTS
        [flood_wait(1)] * 6,  # one more 429 than PTB's limiter would wait out
    ],
    ids=["500", "502", "502 html", "500 garbage", "500 then 502", "sixth 429"],
)
def test_a_send_refused_is_sent_again_and_arrives_once(
    faulty: FaultyBotApi, bot: RunningBot, faults: list[Fault]
) -> None:
    faulty.fault_next("sendMessage", *faults)
    question = faulty.say(ME, "/help")
    reply = reply_to(faulty, question, timeout=15)
    assert "/quote" in reply["text"]
    assert [call["text"] for call in sent_to(faulty, ME["id"])] == [reply["text"]]  # no apology


def test_a_send_whose_connection_is_reset_before_the_request_is_sent_again_and_arrives_once(
    news_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(TLS_CERTIFICATE))  # read as the bot's clients start
    api = TlsBotApi()
    with api, RunningBot(api, news_db):
        reply_to(api, api.say(YOU, "/help"))  # the bot talks TLS with the fake
        api.reset_next_connections(1)
        reply = reply_to(api, api.say(ME, "/quote grain deal"))
        assert api.resets_done == 1
        assert "Lena Varga" in reply["text"]
        assert APOLOGY not in texts_to(api, ME["id"])


def test_a_send_that_keeps_failing_ends_in_one_apology(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    faulty.fault_next("sendMessage", *[Fault(500)] * SEND_ATTEMPTS)
    question = faulty.say(ME, "/help")
    assert reply_to(faulty, question)["text"] == APOLOGY


# -- what may have arrived is never repeated, nor followed by an apology ----------------------


@pytest.mark.parametrize(
    "fault",
    [
        "drop",  # delivered, then the connection closed before the answer
        GARBAGE_200,  # delivered, the answer unreadable
        slow(6),  # delivered, Telegram slower than PTB's 5 s read timeout
    ],
    ids=["reset after delivery", "200 garbage", "slow answer"],
)
def test_a_send_that_may_have_arrived_is_neither_repeated_nor_apologised_for(
    faulty: FaultyBotApi, bot: RunningBot, caplog: pytest.LogCaptureFixture, fault: Fault | str
) -> None:
    caplog.set_level(logging.WARNING)
    if fault == "drop":
        faulty.fail_next("sendMessage", DROP)
    else:
        assert isinstance(fault, Fault)
        faulty.fault_next("sendMessage", fault)
    question = faulty.say(ME, "/help")
    reply = reply_to(faulty, question, timeout=15)
    if fault == slow(6):
        # Read in time (SEND_READ_TIMEOUT): with PTB's 5 s the doubt was logged at 5 s, before
        # the fake even recorded the delivery at 6 s.
        assert not logged(caplog, "may have arrived")
    else:
        faulty.wait_until(lambda: logged(caplog, "may have arrived"), "the doubt logged")
    reply_to(faulty, faulty.say(YOU, "/help"))  # the bot carries on
    assert [call["text"] for call in sent_to(faulty, ME["id"])] == [reply["text"]]
    assert not logged(caplog, "Could not handle update")


@pytest.mark.parametrize(
    ("cause", "not_delivered"),
    [
        (httpx.ConnectError("refused"), True),  # reset before the request was written
        (httpx.ConnectTimeout("no SYN-ACK"), True),
        (httpx.PoolTimeout("all connections busy"), True),
        (httpx.WriteError("reset while writing"), True),  # a cut-short request is not run
        (httpx.WriteTimeout("stuck writing"), True),
        (httpx.ReadError("reset after writing"), False),
        (httpx.RemoteProtocolError("closed without a response"), False),
        (httpx.ReadTimeout("no answer in time"), False),
        (None, True),  # Telegram answered with an error status
    ],
)
def test_surely_not_delivered(cause: Exception | None, not_delivered: bool) -> None:
    error = TimedOut() if isinstance(cause, httpx.TimeoutException) else NetworkError("failed")
    error.__cause__ = cause
    assert surely_not_delivered(error) is not_delivered


def test_a_retry_after_surely_delivered_nothing() -> None:
    assert surely_not_delivered(RetryAfter(1))


# -- one chat's troubles stay in that chat --------------------------------------------------


def test_one_chats_flood_wait_does_not_delay_another_chat(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    faulty.fault_next("sendMessage", flood_wait(3), chat_id=ME["id"])
    mine = faulty.say(ME, "/help")
    faulty.wait_until(lambda: any(c.status == 429 for c in faulty.calls), "the 429")
    [refused] = [call for call in faulty.calls if call.status == 429]
    yours = reply_to(faulty, faulty.say(YOU, "/help"))
    late = reply_to(faulty, mine)
    # PTB's AIORateLimiter held every chat for the 3 s; now only the chat that was told to wait.
    assert yours.at < late.at and yours.at - refused.at < 2.0
    assert late.at - refused.at >= 3.0


def test_a_reply_to_a_group_that_became_a_supergroup_goes_to_the_supergroup(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    faulty.fault_next("sendMessage", migrated(SUPERGROUP_ID), chat_id=GROUP["id"])
    faulty.say(GROUP, "/help@NewsQuoteBot")
    faulty.wait_until(lambda: bool(sent_to(faulty, SUPERGROUP_ID)), "the moved reply")
    [moved] = sent_to(faulty, SUPERGROUP_ID)
    assert "/quote" in moved["text"] and "reply_parameters" not in moved.fields
    assert sent_to(faulty, GROUP["id"]) == []


# -- floods -------------------------------------------------------------------------------------


def frozen_budget(state: BotState) -> None:
    """No time passes for the budget: a flood's size alone decides what is answered."""
    state.budget = QuestionBudget(clock=lambda: 100.0)


def test_a_flooding_user_gets_a_burst_of_answers_and_one_slow_down_and_others_are_answered(
    faulty: FaultyBotApi, news_db: Database
) -> None:
    with RunningBot(faulty, news_db, tune=frozen_budget):
        flood = [faulty.say(ME, f"/quote grain deal {number}") for number in range(40)]
        yours = faulty.say(YOU, "/help", user=OTHER_READER)
        assert "/quote" in reply_to(faulty, yours)["text"]
        burst = int(USER_RATE.burst)
        faulty.wait_until(lambda: len(sent_to(faulty, ME["id"])) >= burst + 1, "the burst")
        reply_to(faulty, faulty.say(YOU, "/stats", user=OTHER_READER))  # the flood is handled
        replies = [len(replies_to(faulty, question)) for question in flood]
    assert replies == [1] * (burst + 1) + [0] * (len(flood) - burst - 1)
    texts = [call["text"] for call in sent_to(faulty, ME["id"])]
    # The notice is sent at once, answers once computed: it may come before the last of them.
    assert texts.count(SLOW_DOWN) == 1 and len(texts) == burst + 1


def test_a_flood_of_inline_queries_gets_a_burst_and_one_slow_down_and_others_are_answered(
    faulty: FaultyBotApi, news_db: Database
) -> None:
    with RunningBot(faulty, news_db, tune=frozen_budget):
        for number in range(40):
            faulty.inline(f"grain deal {number}")
        reply_to(faulty, faulty.say(YOU, "/help", user=OTHER_READER))
        burst = int(INLINE_RATE.burst)
        faulty.wait_for("answerInlineQuery", burst + 1)
        # Searching inline has a budget of its own: a question is still answered.
        reply_to(faulty, faulty.say(ME, "/quote grain deal"))  # the flood is handled by now
    answers = faulty.done("answerInlineQuery")
    assert len(answers) == burst + 1
    # The slow-down is answered at once, the others once computed: it may come before them.
    [slowed] = [answer for answer in answers if not answer["results"]]
    assert slowed["button"]["text"] == SLOW_DOWN_SHORT


class HandSetClock:
    """The budget's clock, moved on by the test."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_more_press_past_the_budget_is_answered_with_a_toast_and_works_later(
    faulty: FaultyBotApi, news_db: Database
) -> None:
    clock = HandSetClock()

    def hand_set_budget(state: BotState) -> None:
        state.budget = QuestionBudget(clock=clock)

    with RunningBot(faulty, news_db, tune=hand_set_budget):
        message, data = more_button(faulty)  # one question of the burst
        for _ in range(int(USER_RATE.burst) - 1):
            reply_to(faulty, faulty.say(ME, "/help"))
        before = texts_to(faulty, ME["id"])
        faulty.press(message, data)
        [refused] = faulty.wait_for("answerCallbackQuery")
        assert refused["text"] == SLOW_DOWN_SHORT
        clock.now += 60  # the budget refilled
        faulty.press(message, data)
        faulty.wait_until(lambda: bool(faulty.done("editMessageReplyMarkup")), "the page sent")
    pages = texts_to(faulty, ME["id"])[len(before) :]
    assert pages and all("Harvest report" in page for page in pages)  # no "slow down" message


def test_a_very_long_question_is_cut_and_the_reply_says_so(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    question = faulty.say(ME, "who said the grain deal is over " + "and so on " * 400)
    assert reply_to(faulty, question)["text"].startswith(CUT_NOTE)


def test_bidi_controls_in_a_question_are_not_echoed(faulty: FaultyBotApi, bot: RunningBot) -> None:
    question = faulty.say(ME, "/quote \u202eqwzx vbnm\u202c plover\u2067 \u200fkestrel")
    text = reply_to(faulty, question)["text"]
    assert "qwzx vbnm" in text  # echoed, in the order the user wrote it
    assert not set(BIDI_CONTROLS) & set(text)


def test_bidi_controls_in_command_arguments_are_not_echoed(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    question = faulty.say(ME, "/follow \u202eQwzx Vbnm")
    text = reply_to(faulty, question)["text"]
    assert "Qwzx Vbnm" in text and not set(BIDI_CONTROLS) & set(text)


# -- buttons ------------------------------------------------------------------------------------


def more_button(faulty: FaultyBotApi) -> tuple[dict[str, Any], str]:
    """Ask for a long list; the reply carrying its "More" button and the button's data."""
    question = faulty.say(ME, "/latest 15")
    faulty.wait_until(
        lambda: any("reply_markup" in call.fields for call in sent_to(faulty, ME["id"])),
        "the More button",
    )
    [last] = [call for call in sent_to(faulty, ME["id"]) if "reply_markup" in call.fields]
    assert replies_to(faulty, question)
    message = last.result
    assert isinstance(message, dict)
    return message, last["reply_markup"]["inline_keyboard"][0][0]["callback_data"]


def test_a_more_press_whose_answer_failed_can_be_pressed_again(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    message, data = more_button(faulty)
    before = len(sent_to(faulty, ME["id"]))
    faulty.fault_next("answerCallbackQuery", *[Fault(500)] * SEND_ATTEMPTS)
    faulty.press(message, data)
    faulty.wait_until(
        lambda: len(faulty.calls_to("answerCallbackQuery")) == SEND_ATTEMPTS, "the failed press"
    )
    faulty.wait_until(lambda: APOLOGY in texts_to(faulty, ME["id"]), "the apology")
    faulty.press(message, data)
    faulty.wait_until(lambda: bool(faulty.done("editMessageReplyMarkup")), "the page sent")
    [answered] = faulty.done("answerCallbackQuery")
    assert answered.get("text") != ALREADY_SENT
    pages = [t for t in texts_to(faulty, ME["id"])[before:] if t != APOLOGY]
    assert len(pages) >= 1 and all("Harvest report" in page for page in pages)


def test_a_page_sent_whose_button_could_not_be_removed_is_not_apologised_for(
    faulty: FaultyBotApi, bot: RunningBot
) -> None:
    message, data = more_button(faulty)
    faulty.fault_next("editMessageReplyMarkup", *[Fault(500)] * SEND_ATTEMPTS)
    before = len(texts_to(faulty, ME["id"]))
    faulty.press(message, data)
    faulty.wait_until(
        lambda: len(faulty.calls_to("editMessageReplyMarkup")) >= 1, "the button's removal"
    )
    reply_to(faulty, faulty.say(ME, "/help"))  # the press has been handled by now
    pages = texts_to(faulty, ME["id"])[before:-1]
    assert pages and all("Harvest report" in page for page in pages)
    faulty.press(message, data)  # the button is still there: pressed again, nothing twice
    [*_, again] = faulty.wait_for("answerCallbackQuery", 2)
    assert again["text"] == ALREADY_SENT


def texts_to(api: FaultyBotApi, chat_id: int) -> list[str]:
    return [call["text"] for call in sent_to(api, chat_id)]


@pytest.mark.parametrize("data", ["vote:yes", "poll:42", "menu/settings"])
def test_a_button_we_do_not_know_is_answered(
    faulty: FaultyBotApi, bot: RunningBot, data: str
) -> None:
    reply = reply_to(faulty, faulty.say(ME, "/help"))
    message = reply.result
    assert isinstance(message, dict)
    faulty.press(message, data)
    [answered] = faulty.wait_for("answerCallbackQuery")
    assert answered["text"] == STALE_BUTTON


@pytest.mark.parametrize(
    ("data", "key", "group"),
    [
        ({"chat_id": 601}, 601, False),  # a private chat
        ({"chat_id": "-100601"}, -100601, True),  # ids may come as strings
        ({"chat_id": "@newsfans"}, "@newsfans", True),  # a channel by name
        ({"callback_query_id": "cb1"}, None, False),  # about no chat
    ],
)
def test_chat_key(data: dict[str, Any], key: ChatKey, group: bool) -> None:
    assert chat_key(data) == key and is_group(chat_key(data)) is group


def test_the_limiter_waits_out_429s_only_up_to_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # as build_application sets it
    tries = []

    async def refused() -> bool:
        tries.append(asyncio.get_running_loop().time())
        raise RetryAfter(timedelta(seconds=1))

    limiter = ChatRateLimiter(max_wait=2.5)  # two waits of 1.1 s fit, a third does not
    request = limiter.process_request(refused, (), {}, "sendMessage", {"chat_id": 7}, None)
    with pytest.raises(RetryAfter):
        asyncio.run(request)
    assert len(tries) == 3 and tries[-1] - tries[0] >= 2.2


def test_answers_are_computed_off_the_event_loop_on_a_kept_connection(tmp_path: Path) -> None:
    db = open_db(tmp_path / "news.db")

    async def twice() -> tuple[tuple[int, int], tuple[int, int], int]:
        def where(own: Database) -> tuple[int, int]:
            return threading.get_ident(), id(own)

        # One worker thread, so both calls land on it.
        asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(1))
        loop_thread = threading.get_ident()
        return await in_reader(db, where), await in_reader(db, where), loop_thread

    first, second, loop_thread = asyncio.run(twice())
    assert first[0] != loop_thread  # a worker thread: the loop goes on sending meanwhile
    assert first[1] != id(db)  # on its own connection
    assert second == first  # which that thread keeps for its next answer
    db.close()


def test_a_bot_on_a_database_file_answers_from_its_worker_threads(
    faulty: FaultyBotApi, tmp_path: Path
) -> None:
    db = open_db(tmp_path / "news.db")
    store_article(db, GRAIN)
    with RunningBot(faulty, db):
        reply = reply_to(faulty, faulty.say(ME, "who said we must find new buyers"))
    assert "Varga" in reply["text"]
    db.close()


def test_under_telegrams_flood_limits_every_question_gets_reply_to(news_db: Database) -> None:
    limited = FaultyBotApi(limits=FloodLimits(burst=1, per_chat=2.0, overall=30.0))
    with limited, RunningBot(limited, news_db):
        questions = [limited.say(ME, text) for text in ("/help", "/stats", "/quote Varga")]
        for question in questions:
            reply_to(limited, question)
    assert any(call.status == 429 for call in limited.calls)  # the limits were met
    assert [len(replies_to(limited, question)) for question in questions] == [1, 1, 1]
    assert APOLOGY not in texts_to(limited, ME["id"])
