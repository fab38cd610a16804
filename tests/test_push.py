"""Pushing follows to chats: the real python-telegram-bot `Bot` against the fake Bot API, one
round at a time, so what each failure leads to can be counted exactly (no waiting on a job)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

import pytest
from sqlite_utils import Database
from telegram import Bot
from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest

from bot.telegram.push import push_notifications
from store.ingest.batch import store_article
from store.live.follows import add_follow, follows_of
from store.models import Article
from tests.fake_bot_api import (
    DROP,
    Call,
    FakeBotApi,
    FaultyBotApi,
    RunningBot,
    private_chat,
    slow,
)

CHAT = 4242
OLD = Article("Old", ("“Grain will flow,” Vladimir Putin said.",), url="http://news.example/old")
NEWS = Article(
    "Talks in Ankara",
    ("“There is a chance for peace,” Putin told reporters.",),
    url="http://news.example/ankara",
)
LONG_QUOTE = " ".join(["the corridor will stay open for every ship that carries grain"] * 25)
SPEECH = Article(
    "A long speech",
    tuple(f"“{LONG_QUOTE}, part {n},” Putin said." for n in range(1, 4)),
    url="http://news.example/speech",
)


@pytest.fixture
def following(fresh_db: Database) -> Database:
    """A chat following Putin, who said something before the follow began."""
    store_article(fresh_db, OLD)
    add_follow(fresh_db, CHAT, "Putin")
    return fresh_db


def push_round(api: FakeBotApi, db: Database) -> int:
    """One round of pushing, as the live-news job does it; how many were sent."""

    async def push() -> int:
        async with Bot(api.token, base_url=api.base_url) as bot:
            return await push_notifications(bot, db)

    return asyncio.run(push())


def test_a_notification_is_one_message_however_long_its_quotes(
    api: FakeBotApi, following: Database
) -> None:
    # Two messages would be sent one after the other; a failure between them would leave
    # the chat half a notification, and retrying would repeat the first half.
    store_article(following, SPEECH)
    assert push_round(api, following) == 1
    [message] = api.done("sendMessage")
    assert len(message["text"]) <= 4096
    assert "part 1" in message["text"]  # the first quote at least
    assert 'href="http://news.example/speech"' in message["text"]  # and where it is from


def test_a_send_that_may_have_arrived_is_never_repeated(
    api: FakeBotApi, following: Database
) -> None:
    store_article(following, NEWS)
    api.fail_next("sendMessage", DROP)  # Telegram got it, but the answer never came back
    assert push_round(api, following) == 0
    assert push_round(api, following) == 0
    assert len(api.calls_to("sendMessage")) == 1


def test_a_send_telegram_refused_is_retried_next_round(
    api: FakeBotApi, following: Database
) -> None:
    store_article(following, NEWS)
    api.fail_next("sendMessage", 500)  # Telegram answered: nothing was delivered
    assert push_round(api, following) == 0
    assert push_round(api, following) == 1
    assert [call.status for call in api.calls_to("sendMessage")] == [500, 200]
    assert push_round(api, following) == 0


def test_a_send_that_found_no_free_connection_is_retried_next_round(
    following: Database,
) -> None:
    # One connection, held by the other chat's slow send: the second send times out waiting
    # for it (httpx.PoolTimeout, PTB's TimedOut) before anything was written, so it surely
    # did not arrive and goes next round, where a timeout that may have delivered would not.
    add_follow(following, CHAT + 1, "Putin")
    store_article(following, NEWS)
    api = FaultyBotApi()
    with api:
        api.fault_next("sendMessage", slow(1.0))

        async def push() -> int:
            request = HTTPXRequest(connection_pool_size=1, pool_timeout=0.1)
            async with Bot(api.token, base_url=api.base_url, request=request) as bot:
                return await push_notifications(bot, following)

        assert asyncio.run(push()) == 1
        assert len(api.calls_to("sendMessage")) == 1  # the other send never left
        assert asyncio.run(push()) == 1
        chats = sorted(int(call["chat_id"]) for call in api.done("sendMessage"))
        assert chats == [CHAT, CHAT + 1]


def test_a_push_waits_for_a_slow_answer_longer_than_ptbs_default(following: Database) -> None:
    # Given up on early, a slow answer that did deliver would be recorded as failed.
    store_article(following, NEWS)
    api = FaultyBotApi()
    with api:
        api.fault_next("sendMessage", slow(0.6))

        async def push() -> int:
            request = HTTPXRequest(read_timeout=0.3)  # the default of every other call
            async with Bot(api.token, base_url=api.base_url, request=request) as bot:
                return await push_notifications(bot, following)

        assert asyncio.run(push()) == 1


def test_news_for_a_deleted_forum_topic_goes_to_the_chat(
    api: FakeBotApi, fresh_db: Database
) -> None:
    store_article(fresh_db, OLD)
    add_follow(fresh_db, CHAT, "Putin", thread_id=7)
    store_article(fresh_db, NEWS)
    api.fail_next("sendMessage", 400)  # "message thread not found": the topic is gone
    assert push_round(api, fresh_db) == 0
    assert push_round(api, fresh_db) == 1
    first, second = api.calls_to("sendMessage")
    assert int(first["message_thread_id"]) == 7
    assert "message_thread_id" not in second.fields
    assert [f.thread_id for f in follows_of(fresh_db, CHAT)] == [None]


class RetryInItsChat(AIORateLimiter):
    """A 429 waited out and resent within its own request only, as a per-chat limiter does
    (PTB's AIORateLimiter pauses every chat's requests meanwhile)."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        for _ in range(3):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = error.retry_after
                await asyncio.sleep(wait.total_seconds() if isinstance(wait, timedelta) else wait)
        return await callback(*args, **kwargs)


def test_one_chats_flood_wait_does_not_hold_up_another_chat(
    api: FakeBotApi, following: Database
) -> None:
    slowed, other = private_chat(CHAT), private_chat(CHAT + 1)  # the slowed chat comes first
    add_follow(following, other["id"], "Putin")
    api.fail_next_in(slowed["id"], "sendMessage", 429, retry_after=2)
    store_article(following, NEWS)

    def delivered(chat: dict[str, Any]) -> list[Call]:
        return [c for c in api.done("sendMessage") if int(c["chat_id"]) == chat["id"]]

    with RunningBot(api, following, rate_limiter=RetryInItsChat()):
        api.wait_until(lambda: bool(delivered(slowed) and delivered(other)), "both pushes", 10)
    [to_slowed], [to_other] = delivered(slowed), delivered(other)
    [refused] = [c for c in api.calls_to("sendMessage") if c.status == 429]
    assert int(refused["chat_id"]) == slowed["id"]
    # Pushed one chat after another, the other chat would wait out the 2 s flood wait too.
    assert to_other.at < to_slowed.at
    assert to_other.at - refused.at < 1.5


def test_one_groups_rate_slots_do_not_hold_up_another_group(
    api: FakeBotApi, fresh_db: Database
) -> None:
    # PTB's own limiter, at one message a second per group: three notifications for the busy
    # group take two seconds, which a quiet group pushed after it would wait out.
    busy, quiet = -1002, -1001  # the busy group comes first, and the quiet one's news last
    store_article(fresh_db, OLD)
    for chat_id, query in [(busy, "Putin"), (busy, "Ankara"), (busy, "speech"), (quiet, "speech")]:
        add_follow(fresh_db, chat_id, query)
    store_article(fresh_db, NEWS)
    store_article(fresh_db, Article("Port", ("Ships left Ankara.",), url="http://news.example/p"))
    store_article(fresh_db, Article("Talk", ("A speech is due.",), url="http://news.example/s"))

    def delivered(chat_id: int) -> list[Call]:
        return [c for c in api.done("sendMessage") if int(c["chat_id"]) == chat_id]

    limiter = AIORateLimiter(group_max_rate=1, group_time_period=1, max_retries=0)
    with RunningBot(api, fresh_db, rate_limiter=limiter):
        api.wait_until(lambda: len(delivered(busy)) == 3 and bool(delivered(quiet)), "pushes", 10)
    [to_quiet] = delivered(quiet)
    assert to_quiet.at < delivered(busy)[-1].at
