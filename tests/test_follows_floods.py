"""Follows that would flood a chat: refused when every word is common, many matches told in one
digest, and in groups changed only by the chat's admins or whoever made them.

Real SQLite throughout; the digests go out through the real `Bot` to the fake Bot API, and the
group rules through the real Application polling it."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from telegram import Bot

from bot.telegram.push import push_notifications
from handlers.follows import ANYONE, Asker, admin_matters, follow_reply, may_change
from store.db import open_db
from store.ingest.batch import store_article
from store.live import common_words
from store.live.digests import DIGEST_AFTER
from store.live.follows import (
    Follow,
    FollowKind,
    add_follow,
    claim_delivery,
    follows_of,
    queue_deliveries,
)
from store.migrations import migrations
from store.models import Article
from tests.fake_bot_api import (
    ANONYMOUS_ADMIN,
    CHANNEL_BOT,
    DROP,
    JSON,
    OTHER_READER,
    READER,
    FakeBotApi,
    RunningBot,
    group_chat,
    private_chat,
    reply_to,
)

CHAT = 4242
ARTICLES = 100


def harbour_article(number: int) -> Article:
    """One of ARTICLES invented articles: every one has "the", "and", "or" and "harbour"; the
    oldest 30 "grain", the next 15 "wheat", two "near the pier", the newest 25 "ferry"."""
    paragraphs = [
        f"“We reopen today,” Putin said of the harbour of Tessel{number} and the port, "
        "or so officials said."
    ]
    if number < 30:
        paragraphs.append("Grain sheds were full by noon.")
    elif number < 45:
        paragraphs.append("Wheat prices held steady.")
    if number in (50, 51):
        paragraphs.append("A boat sank near the old pier.")
    if number >= ARTICLES - 25:
        paragraphs.append("Ferry crossings resumed.")
    return Article(f"Harbour {number}", tuple(paragraphs), url=f"http://news.example/h{number}")


@pytest.fixture(scope="module")
def harbour_store() -> Iterator[Database]:
    db = open_db(":memory:")
    for number in range(ARTICLES):
        store_article(db, harbour_article(number))
    yield db
    db.close()


# --- refusing follows of common words ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "refusal"),
    [
        ("the", "“the” is in 100% of articles; follow a name or rarer words."),
        ("THE", "“THE” is in 100% of articles; follow a name or rarer words."),
        # FTS5 syntax is plain words: AND, OR, NOT are words, and common ones.
        (
            "AND OR",
            "Every word of that is common (“AND” is in 100% of articles); follow a name or rarer words.",
        ),
        ('"the"', '“"the"” is in 100% of articles; follow a name or rarer words.'),
        ("the*", "“the*” is in 100% of articles; follow a name or rarer words."),
        # A stopword is common however few articles hold it.
        ("NOT", "“NOT” is too common a word to follow; follow a name or rarer words."),
        ("grain", "“grain” is in 30% of articles; follow a name or rarer words."),
        (
            "the grain",
            "Every word of that is common (“grain” is in 30% of articles); follow a name or rarer words.",
        ),
        (
            "harbour NOT",  # the word the articles show common, not the stopword none holds
            "Every word of that is common (“harbour” is in 100% of articles); follow a name or rarer words.",
        ),
        ("NEAR", None),  # in 2 articles: the word, not the FTS5 operator
        ("wheat", None),  # in 15%: under the share that counts as common
        ("the pier", None),  # a follow needs all its words: one rare word makes it rare
        ("grain wheat", None),
        ("Putin", None),  # quoted in every article, but a speaker follow: quotes, not words
    ],
)
def test_a_follow_made_only_of_common_words_is_refused_with_why(
    harbour_store: Database, text: str, refusal: str | None
) -> None:
    db = harbour_store
    answer = follow_reply(db, CHAT, text)
    try:
        if refusal is None:
            assert answer.text.startswith("Following "), answer.text
        else:
            assert answer.text == refusal
            assert follows_of(db, CHAT) == []
    finally:
        db.execute("DELETE FROM follows")


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("harbour", False),  # in every one of 3 articles: too few articles to call it common
        ("harbour tessel1", False),
        ("the", True),  # a stopword is refused even here
        ("AND OR", True),
    ],
)
def test_a_tiny_store_refuses_only_stopwords(fresh_db: Database, text: str, refused: bool) -> None:
    for number in range(3):
        store_article(fresh_db, harbour_article(number))
    answer = follow_reply(fresh_db, CHAT, text)
    assert answer.text.startswith("Following ") is not refused, answer.text
    assert ("too common" in answer.text) is refused


def test_commonness_is_counted_in_the_newest_articles(
    harbour_store: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a follow will meet is the news to come: the newest articles say more of it than
    # old ones, and counting them alone bounds the cost of a word in every article.
    monkeypatch.setattr(common_words, "SAMPLE", 30)
    db = harbour_store
    try:
        assert follow_reply(db, CHAT, "grain").text.startswith("Following ")  # only in old ones
        assert follow_reply(db, CHAT, "ferry").text == (
            "“ferry” is in 83% of recent articles; follow a name or rarer words."
        )
    finally:
        db.execute("DELETE FROM follows")


# --- digests -----------------------------------------------------------------------------


def push_round(api: FakeBotApi, db: Database) -> int:
    """One round of pushing, as the live-news job does it; how many messages were sent."""

    async def push() -> int:
        async with Bot(api.token, base_url=api.base_url) as bot:
            return await push_notifications(bot, db)

    return asyncio.run(push())


def news(db: Database, count: int, *, title: str = "Harbour news", path: str = "") -> None:
    """count new articles about Tessel, at http://x.example/<path>0, /<path>1, ..."""
    for number in range(count):
        paragraph = f"The Tessel harbour reopened on day {path}{number}."
        url = f"http://x.example/{path}{number}"
        store_article(db, Article(f"{title} {number}", (paragraph,), url=url))


@pytest.fixture
def following(fresh_db: Database) -> Database:
    """A chat following "tessel", which an article mentioned before the follow began."""
    store_article(fresh_db, Article("Old", ("Tessel was quiet.",), url="http://x.example/old"))
    add_follow(fresh_db, CHAT, "tessel")
    return fresh_db


def states(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT state FROM deliveries ORDER BY article_id")]


@pytest.mark.parametrize(
    ("matches", "messages"),
    [(1, 1), (DIGEST_AFTER, DIGEST_AFTER), (DIGEST_AFTER + 1, 1), (41, 1)],
)
def test_more_than_a_few_matches_in_a_round_are_one_digest(
    api: FakeBotApi, following: Database, matches: int, messages: int
) -> None:
    news(following, matches)
    assert push_round(api, following) == messages
    assert len(api.done("sendMessage")) == messages
    assert states(following) == ["sent"] * matches  # every article told, in whichever form
    assert push_round(api, following) == 0


def test_a_digest_lists_the_newest_titles_with_links_and_counts_the_rest(
    api: FakeBotApi, following: Database
) -> None:
    news(following, 41, title="x" * 300)  # long titles: not all 41 fit in one message
    push_round(api, following)
    [digest] = api.done("sendMessage")
    text: str = digest["text"]
    assert len(text) <= 4096
    assert text.startswith("New: 41 articles for what this chat follows (“tessel”).")
    listed = re.findall(r'href="http://x\.example/(\d+)"', text)
    assert 1 < len(listed) < 41
    assert listed == [str(n) for n in range(40, 40 - len(listed), -1)]  # newest first
    assert text.endswith(f"and {41 - len(listed)} more: /latest")


def test_a_digest_names_every_follow_it_tells_of_and_goes_to_their_topic(
    api: FakeBotApi, fresh_db: Database
) -> None:
    store_article(fresh_db, Article("Old", ("Tessel was quiet.",), url="http://x.example/old"))
    add_follow(fresh_db, CHAT, "tessel", thread_id=7)
    add_follow(fresh_db, CHAT, "pier", thread_id=7)
    add_follow(fresh_db, CHAT, "ferry")  # told in the chat itself, apart
    news(fresh_db, 3)
    store_article(fresh_db, Article("Pier", ("A pier opened.",), url="http://x.example/pier"))
    store_article(fresh_db, Article("Ferry", ("A ferry sailed.",), url="http://x.example/ferry"))
    assert push_round(api, fresh_db) == 2
    digest, ferry = sorted(
        api.done("sendMessage"), key=lambda call: "message_thread_id" in call.fields, reverse=True
    )
    assert int(digest["message_thread_id"]) == 7
    assert digest["text"].startswith(
        "New: 4 articles for what this chat follows (“tessel”, “pier”)."
    )
    assert "message_thread_id" not in ferry.fields
    assert ferry["text"].startswith("New: an article with “ferry”.")  # one: no digest


def test_a_digest_telegram_refused_is_sent_again_and_one_that_may_have_arrived_is_not(
    api: FakeBotApi, following: Database
) -> None:
    news(following, 5)
    api.fail_next("sendMessage", 500)  # an answer from Telegram: nothing was delivered
    assert push_round(api, following) == 0
    assert push_round(api, following) == 1
    assert states(following) == ["sent"] * 5
    news(following, 5, path="more/")
    api.fail_next("sendMessage", DROP)  # carried out, and the answer lost: maybe delivered
    assert push_round(api, following) == 0
    assert push_round(api, following) == 0
    assert len(api.calls_to("sendMessage")) == 3


def test_a_delivery_a_crash_left_sending_is_not_put_in_a_digest(
    api: FakeBotApi, following: Database
) -> None:
    news(following, 5)
    queue_deliveries(following)
    [(article_id,)] = following.execute("SELECT min(article_id) FROM deliveries").fetchall()
    assert claim_delivery(following, CHAT, article_id) is not None  # then the bot died
    assert push_round(api, following) == 1
    [digest] = api.done("sendMessage")
    assert digest["text"].startswith("New: 4 articles")
    assert 'href="http://x.example/0"' not in digest["text"]


# --- who may change a follow in a group ----------------------------------------------------

MADE_BY = 7  # the user who made the follow


@pytest.mark.parametrize(
    ("asker", "created_by", "allowed"),
    [
        (Asker(8, in_group=False), MADE_BY, True),  # a private chat: whoever writes
        (ANYONE, None, True),
        (Asker(MADE_BY, in_group=True), MADE_BY, True),  # who made it
        (Asker(8, in_group=True), MADE_BY, False),  # another member
        (Asker(8, in_group=True, chat_admin=True), MADE_BY, True),  # an admin
        (Asker(None, in_group=True, chat_admin=True), MADE_BY, True),  # an anonymous admin
        (Asker(None, in_group=True), None, False),  # as a channel, of a follow of no one known
        (Asker(8, in_group=True), None, False),  # a follow from before makers were recorded
    ],
)
def test_who_may_change_a_follow(asker: Asker, created_by: int | None, allowed: bool) -> None:
    follow = Follow(1, -100, FollowKind.WORDS, "grain", created_by=created_by)
    assert may_change(asker, follow) is allowed


@pytest.mark.parametrize(
    ("asker", "matters"),
    [
        (Asker(8, in_group=True), True),  # another member: it depends on whether an admin
        (Asker(MADE_BY, in_group=True), False),  # its maker: no need to ask Telegram
        (Asker(8, in_group=False), False),
        (Asker(None, in_group=True, chat_admin=True), False),
    ],
)
def test_telegram_is_asked_about_admins_only_when_it_matters(
    fresh_db: Database, asker: Asker, matters: bool
) -> None:
    add_follow(fresh_db, CHAT, "grain", created_by=MADE_BY)
    assert admin_matters(fresh_db, CHAT, "grain", asker) is matters
    assert admin_matters(fresh_db, CHAT, "wheat", asker) is False  # nothing to change


def test_another_member_cannot_move_a_follow_to_their_topic(fresh_db: Database) -> None:
    add_follow(fresh_db, CHAT, "grain", thread_id=7, created_by=MADE_BY)
    answer = follow_reply(fresh_db, CHAT, "grain", thread_id=9, asker=Asker(8, in_group=True))
    assert answer.text.startswith("Only the group's admins, or whoever followed it")
    assert [f.thread_id for f in follows_of(fresh_db, CHAT)] == [7]


GROUP = group_chat(-100900)
CHANNEL: JSON = {"id": -100901, "type": "channel", "title": "Some channel"}


def ask(api: FakeBotApi, chat: JSON, text: str, **kw: Any) -> str:
    """Send a message as a user and return the bot's one reply to it."""
    return str(reply_to(api, api.say(chat, text, **kw))["text"])


@pytest.mark.parametrize(
    ("user", "status", "sender_chat", "removed", "asked"),
    [
        (READER, "member", None, True, False),  # who made it, without asking Telegram
        (OTHER_READER, "member", None, False, True),
        (OTHER_READER, "administrator", None, True, True),
        (OTHER_READER, "creator", None, True, True),
        (OTHER_READER, "left", None, False, True),
        (ANONYMOUS_ADMIN, "member", GROUP, True, False),  # posting as the group: an admin
        (CHANNEL_BOT, "member", CHANNEL, False, False),  # posting as some channel: anyone
    ],
    ids=["maker", "member", "admin", "owner", "left", "anonymous admin", "as a channel"],
)
def test_in_a_group_only_admins_and_the_maker_unfollow(
    api: FakeBotApi,
    fresh_db: Database,
    user: JSON,
    status: str,
    sender_chat: JSON | None,
    removed: bool,
    asked: bool,
) -> None:
    api.set_member(GROUP["id"], user, status)
    with RunningBot(api, fresh_db):
        assert ask(api, GROUP, "/follow grain").startswith("Following")  # made by READER
        reply = ask(api, GROUP, "/unfollow grain", user=user, sender_chat=sender_chat)
    assert reply.startswith("No longer following") is removed, reply
    assert (follows_of(fresh_db, GROUP["id"]) == []) is removed
    assert bool(api.calls_to("getChatMember")) is asked


def test_in_a_private_chat_unfollow_is_unchanged(api: FakeBotApi, fresh_db: Database) -> None:
    me = private_chat(READER["id"])
    with RunningBot(api, fresh_db):
        ask(api, me, "/follow grain")
        assert ask(api, me, "/unfollow grain").startswith("No longer following")
    assert api.calls_to("getChatMember") == []


def test_a_follow_from_before_makers_were_recorded_is_changed_only_by_admins(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="m012_follow_creators")
    old.execute(
        "INSERT INTO follows (chat_id, kind, query, created_at, since_article_id, "
        "checked_article_id) VALUES (-100, 'words', 'grain', '2024-01-01', 0, 0)"
    )
    old.conn.commit()
    old.close()
    db = open_db(path)
    [follow] = follows_of(db, -100)
    assert follow.created_by is None
    assert not may_change(Asker(MADE_BY, in_group=True), follow)
    assert may_change(Asker(MADE_BY, in_group=True, chat_admin=True), follow)
    db.close()
