"""Live news end to end: the real Application with its job queue, feeds served on 127.0.0.1
that change between polls, and the fake Bot API server. Nothing is mocked: feeds go over
HTTP to the poller, notifications over HTTP to the fake Telegram."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import Settings
from store.db import open_db
from store.ingest.batch import store_article
from store.live.follows import follows_of
from store.models import Article
from tests.fake_bot_api import (
    ANONYMOUS_ADMIN,
    CHANNEL_BOT,
    JSON,
    OTHER_READER,
    READER,
    FakeBotApi,
    RunningBot,
    group_chat,
    newsbot,
    private_chat,
    reply_to,
    stop,
)
from tests.loopback import HARBOUR, LOOPBACK, LOOPBACK_ALLOW, FeedServer, rss

ME = private_chat(READER["id"])
GROUP = group_chat(-100777)
TICK_MINUTES = 0.3 / 60  # a round every 0.3 s

OLD_NEWS = Article(
    title="Putin speaks on grain",
    paragraphs=("“Grain will flow,” Vladimir Putin said in June.",),
    url="http://news.example/old",
)
CORRIDOR = (
    "corridor",
    "Corridor extended",
    "<p>“We will keep the corridor open,” Vladimir Putin said on Thursday.</p>",
)
TALKS = (
    "talks",
    "Talks in Ankara",
    "<p>“There is a chance for peace,” Vladimir Putin told reporters in Ankara.</p>",
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    db = open_db(path)
    store_article(db, OLD_NEWS)  # there before anyone follows: never pushed
    db.close()
    return path


def settings_for(api: FakeBotApi, db_path: Path, *feed_urls: str) -> Settings:
    return Settings(
        token=api.token,
        base_url=api.base_url,
        db_path=str(db_path),
        admins=frozenset({READER["id"]}),
        feeds=feed_urls,
        feed_interval_minutes=TICK_MINUTES,
        fetch_allow=LOOPBACK,
    )


def eventually(check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"not within {timeout}s: {what}"
        time.sleep(0.02)


def rounds_pass(feeds: FeedServer, path: str, rounds: int = 2) -> None:
    """Wait for the live-news job to run `rounds` whole rounds (poll, then push) from now, as
    seen by a feed it polls every round: anything it was going to send, it has sent."""
    # The round that made the last request may still be pushing; the next starts after it.
    seen = len(feeds.requests_to(path))
    feeds.wait_for(path, seen + rounds + 1)


def stored(path: Path, title: str) -> bool:
    """Whether the bot has stored an article with this title (read on a connection of our own)."""
    if not path.exists():
        return False
    db = open_db(path)
    try:
        return db.execute("SELECT 1 FROM articles WHERE title = ?", [title]).fetchone() is not None
    finally:
        db.close()


def pushed(api: FakeBotApi, chat: dict[str, object]) -> list[str]:
    """Texts the bot sent to a chat on its own (notifications, not replies)."""
    return [
        call["text"]
        for call in api.done("sendMessage")
        if int(call["chat_id"]) == chat["id"] and "reply_parameters" not in call.fields
    ]


def ask(api: FakeBotApi, chat: dict[str, object], text: str, **kw: object) -> str:
    """Send a message as a user and return the bot's reply to it."""
    return str(reply_to(api, api.say(chat, text, **kw))["text"])  # type: ignore[arg-type]


def test_new_article_is_answerable_pushed_once_and_never_again_after_restart(
    api: FakeBotApi, feeds: FeedServer, db_path: Path
) -> None:
    news = feeds.serve("/news.xml", rss(HARBOUR))
    broken = feeds.serve("/broken.xml", b"down for maintenance", status=500)
    settings = settings_for(api, db_path, news, broken)
    db = open_db(db_path)

    with RunningBot(api, db, settings=settings):
        assert "Following the speaker Putin" in ask(api, ME, "/follow Putin")
        assert "Following the words “corridor”" in ask(api, GROUP, "/follow corridor")
        eventually(lambda: len(feeds.requests_to("/news.xml")) >= 1, "the first poll")

        feeds.serve("/news.xml", rss(CORRIDOR, HARBOUR))  # a new article appears in the feed
        eventually(lambda: bool(pushed(api, ME)) and bool(pushed(api, GROUP)), "notifications")
        assert "Corridor extended" in ask(api, ME, "/latest")
        rounds_pass(feeds, "/news.xml")

        # Exactly one message per following chat, with the sourced snippet.
        [to_me] = pushed(api, ME)
        [to_group] = pushed(api, GROUP)
        assert "We will keep the corridor open" in to_me and "Corridor extended" in to_me
        assert "Vladimir Putin" in to_me and "/unfollow Putin" in to_me
        assert "We will keep the corridor open" in to_group
        assert "Grain will flow" not in to_me  # the article older than the follow

        # The failing feed is backed off and reported; the good one kept being polled.
        polls_of_news = len(feeds.requests_to("/news.xml"))
        assert polls_of_news >= 4
        assert len(feeds.requests_to("/broken.xml")) < polls_of_news
        assert any(r.status == 304 for r in feeds.requests_to("/news.xml"))
        stats = ask(api, ME, "/stats")
        assert "Feeds: 2 polled, 1 failing." in stats
        assert f"Failing: {broken} — failed" in stats and "HTTP 500" in stats

    sent_before_restart = len(api.done("sendMessage"))
    with RunningBot(api, db, settings=settings):  # the restarted bot, same database
        rounds_pass(feeds, "/news.xml")
        assert len(api.done("sendMessage")) == sent_before_restart  # nothing again
        feeds.serve("/news.xml", rss(TALKS, CORRIDOR, HARBOUR))
        eventually(lambda: len(pushed(api, ME)) == 2, "the next notification")
        rounds_pass(feeds, "/news.xml")
        assert len(pushed(api, ME)) == 2 and "There is a chance for peace" in pushed(api, ME)[1]
        assert len(pushed(api, GROUP)) == 1  # "corridor" is not in the talks article
    db.close()


def test_a_chat_that_blocked_the_bot_is_unsubscribed(
    api: FakeBotApi, feeds: FeedServer, db_path: Path
) -> None:
    news = feeds.serve("/news.xml", rss(HARBOUR))
    db = open_db(db_path)
    with RunningBot(api, db, settings=settings_for(api, db_path, news)):
        ask(api, ME, "/follow Putin")
        ask(api, GROUP, "/follow Putin")
        api.fail_next("sendMessage", 403)  # the first chat pushed to has blocked the bot
        feeds.serve("/news.xml", rss(CORRIDOR, HARBOUR))
        eventually(
            lambda: len(api.calls_to("sendMessage")) >= 4, "both pushes tried"
        )  # + 2 replies
        [refused] = [c for c in api.calls_to("sendMessage") if c.status == 403]
        blocked = int(refused["chat_id"])
        other = GROUP if blocked == ME["id"] else ME
        assert len(pushed(api, other)) == 1
        # Chats are pushed to concurrently: the other's push may be in before the refusal is.
        eventually(lambda: follows_of(db, blocked) == [], "the blocked chat unsubscribed")
        assert [f.query for f in follows_of(db, int(other["id"]))] == ["Putin"]

        feeds.serve("/news.xml", rss(TALKS, CORRIDOR, HARBOUR))
        eventually(lambda: len(pushed(api, other)) == 2, "the next push")
        rounds_pass(feeds, "/news.xml")
        tried = [c for c in api.calls_to("sendMessage") if int(c["chat_id"]) == blocked]
        assert len(tried) == 2  # the reply to /follow and the refused push; no retries
    db.close()


def test_admins_add_feeds_and_articles_from_the_chat_and_others_are_refused(
    api: FakeBotApi, feeds: FeedServer, db_path: Path
) -> None:
    configured = feeds.serve("/configured.xml", rss(HARBOUR))
    extra = feeds.serve("/extra.xml", rss(TALKS))
    page = feeds.serve(
        "/ferry",
        "<html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>"
        "<p>The island ferry resumed its crossings on Friday after the storm passed.</p>"
        "</article></body></html>",
        content_type="text/html; charset=utf-8",
    )
    db = open_db(db_path)
    with RunningBot(api, db, settings=settings_for(api, db_path, configured)):
        for command in (f"/add {extra}", "/feeds", f"/unfeed {configured}"):
            assert "only the bot's admins" in ask(api, GROUP, command, user=OTHER_READER)

        assert "Now following the feed" in ask(api, ME, f"/add {extra}")
        assert "Talks in Ankara" in ask(api, ME, "/latest")
        assert "Stored from" in ask(api, ME, f"/add {page}")
        assert "Ferry resumes" in ask(api, ME, "/latest")
        assert "/add and the address" in ask(api, ME, "/add not-a-url")

        listed = ask(api, ME, "/feeds")
        assert configured in listed and extra in listed
        assert "NEWSBOT_FEEDS" in ask(api, ME, f"/unfeed {configured}")
        assert "No longer polling" in ask(api, ME, f"/unfeed {extra}")
        assert extra not in ask(api, ME, "/feeds")

        assert "follows nothing yet" in ask(api, GROUP, "/following")
        ask(api, GROUP, "/follow ferry crossings")
        assert "the words “ferry crossings”" in ask(api, GROUP, "/following")
        assert "No longer following" in ask(api, GROUP, "/unfollow ferry crossings")
    db.close()


def test_newsbot_run_polls_the_configured_feeds_and_pushes(
    tmp_path: Path, api: FakeBotApi, feeds: FeedServer
) -> None:
    # The real process: NEWSBOT_FEEDS and NEWSBOT_FEED_INTERVAL from the environment.
    news = feeds.serve("/news.xml", rss(HARBOUR))
    broken = feeds.serve("/broken.xml", b"<html>not a feed</html>", content_type="text/html")
    process = newsbot(
        tmp_path,
        api,
        NEWSBOT_FEEDS=f"{news}, {broken}",
        NEWSBOT_FEED_INTERVAL=str(TICK_MINUTES),
        NEWSBOT_ADMINS=str(READER["id"]),
        NEWSBOT_FETCH_ALLOW=LOOPBACK_ALLOW,
    )
    try:
        api.wait_for("setMyCommands", timeout=20)
        eventually(lambda: stored(tmp_path / "news.db", "Harbour reopens"), "the first poll", 20)
        assert "Harbour reopens" in ask(api, ME, "/latest")
        assert "Following the words “corridor”" in ask(api, ME, "/follow corridor")
        feeds.serve("/news.xml", rss(CORRIDOR, HARBOUR))
        eventually(lambda: bool(pushed(api, ME)), "the notification", 20)
        rounds_pass(feeds, "/news.xml")
        [notification] = pushed(api, ME)
        assert "We will keep the corridor open" in notification
        assert "/broken.xml — failed" in ask(api, ME, "/feeds")
    finally:
        code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "not an RSS or Atom feed" in err  # the failing feed is in the log


def test_articles_stored_by_another_process_are_pushed_too(
    api: FakeBotApi, feeds: FeedServer, db_path: Path
) -> None:
    # `newsbot ingest` (or a watch) writing to the same database while the bot runs.
    clock = feeds.serve("/clock.xml", rss())  # polled every round: shows the rounds pass
    db = open_db(db_path)
    with RunningBot(api, db, settings=settings_for(api, db_path, clock)):
        ask(api, ME, "/follow Putin")
        other_process = open_db(db_path)
        store_article(
            other_process,
            Article(
                "Talks in Ankara", ("“There is a chance for peace,” Putin said.",), url="http://x/t"
            ),
        )
        other_process.close()
        eventually(lambda: bool(pushed(api, ME)), "the notification")
        rounds_pass(feeds, "/clock.xml")
        [notification] = pushed(api, ME)
        assert "There is a chance for peace" in notification
    db.close()


@pytest.mark.parametrize("status", ["kicked", "left"])
def test_a_group_that_removed_the_bot_is_unsubscribed_at_once(
    api: FakeBotApi, db_path: Path, status: str
) -> None:
    db = open_db(db_path)
    with RunningBot(api, db, settings=settings_for(api, db_path)):
        ask(api, GROUP, f"/follow@{api.username} Putin")
        ask(api, ME, "/follow Putin")
        api.remove_bot(GROUP, status=status)
        eventually(lambda: follows_of(db, GROUP["id"]) == [], "the group's follows dropped")
    assert [f.query for f in follows_of(db, ME["id"])] == ["Putin"]
    db.close()


def test_a_follow_made_in_a_forum_topic_is_told_in_that_topic(
    api: FakeBotApi, feeds: FeedServer, db_path: Path
) -> None:
    forum = group_chat(-1004002, forum=True)
    clock = feeds.serve("/clock.xml", rss())  # polled every round: shows the rounds pass
    db = open_db(db_path)
    with RunningBot(api, db, settings=settings_for(api, db_path, clock)):
        ask(api, forum, f"/follow@{api.username} Putin", topic=7)
        store_article(
            db, Article("Talks", ("“There is a chance for peace,” Putin said.",), url="http://x/p")
        )
        eventually(lambda: bool(pushed(api, forum)), "the notification")
        rounds_pass(feeds, "/clock.xml")
    [call] = [c for c in api.done("sendMessage") if "reply_parameters" not in c.fields]
    assert int(call["message_thread_id"]) == 7
    db.close()


def test_a_group_that_became_a_supergroup_keeps_its_follows(api: FakeBotApi, db_path: Path) -> None:
    old: JSON = {"id": -4001, "type": "group", "title": "News fans"}
    new = group_chat(-1004001)
    db = open_db(db_path)
    with RunningBot(api, db, settings=settings_for(api, db_path)):
        ask(api, old, "/follow Putin")
        api.migrate(old, new)
        assert "the speaker Putin" in ask(api, new, "/following")
        assert follows_of(db, old["id"]) == []
    db.close()


@pytest.mark.parametrize(
    ("user", "sender_chat"),
    [
        (ANONYMOUS_ADMIN, GROUP),  # a group admin posting anonymously: Telegram hides who
        (CHANNEL_BOT, {"id": -100888, "type": "channel", "title": "Some channel"}),
    ],
    ids=["anonymous admin", "as a channel"],
)
def test_admin_commands_need_a_sender_we_can_tell(
    api: FakeBotApi, db_path: Path, user: dict[str, object], sender_chat: dict[str, object]
) -> None:
    db = open_db(db_path)
    # Even were the placeholder's id listed as an admin, it stands for anyone.
    admins = frozenset({READER["id"], int(str(user["id"]))})
    listed = replace(settings_for(api, db_path), admins=admins)
    with RunningBot(api, db, settings=listed):
        refused = ask(api, GROUP, "/feeds", user=user, sender_chat=sender_chat)
        assert "from your own account" in refused
        assert "I follow no feeds" not in refused  # what /feeds answers an admin here
    db.close()
