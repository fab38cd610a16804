"""Pushing follows to chats: the real python-telegram-bot `Bot` against the fake Bot API, one
round at a time, so what each failure leads to can be counted exactly (no waiting on a job)."""

from __future__ import annotations

import asyncio

import pytest
from sqlite_utils import Database
from telegram import Bot

from bot.telegram.push import push_notifications
from store.ingest.batch import store_article
from store.live.follows import add_follow, follows_of
from store.models import Article
from tests.fake_bot_api import DROP, FakeBotApi

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
