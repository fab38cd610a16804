"""Live news in the bot process: feeds polled and follows pushed from the job queue."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, cast

from sqlite_utils import Database
from telegram import BotCommand
from telegram.ext import (
    Application,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.telegram import live_news as live
from bot.telegram.live_news import LIVE, Live, in_worker, push_notifications
from store.clock import utc_now
from store.ingest.batch import FAILED
from store.ingest.fetch import fetch
from store.live.feeds import sync_config_feeds
from store.live.poll import FeedFetcher, poll_due_feeds

logger = logging.getLogger(__name__)

# The job wakes up this often at most: feeds are polled when each is due (every interval, or
# later while backing off), and articles stored by another process (`newsbot ingest`) are
# pushed to followers within a tick.
MAX_TICK = timedelta(minutes=1)
FIRST_TICK_SECONDS = 0.5  # APScheduler cannot start a repeating job at 0

CALLBACKS = {
    "follow": live.follow,
    "unfollow": live.unfollow,
    "following": live.following,
    "add": live.add,
    "feeds": live.feeds,
    "unfeed": live.unfeed,
}

# For the command menu (bot/app.py COMMANDS); the admin commands stay out of everyone's menu.
MENU = [
    BotCommand("follow", "new quotes by someone, or articles with some words: /follow Putin"),
    BotCommand("following", "what this chat follows"),
    BotCommand("unfollow", "stop following: /unfollow Putin"),
]


def setup_live_news(
    application: Application[Any, Any, Any, Any, Any, Any],
    settings: Settings,
    db: Database,
    *,
    fetcher: FeedFetcher = fetch,
) -> None:
    """Register the follow and admin commands and group migrations; schedule polling and pushing.

    Call it before the catch-all text handler: within a group the first matching handler wins.
    """
    if application.job_queue is None:
        raise RuntimeError("live news needs python-telegram-bot[job-queue] installed")
    # APScheduler logs every run of the job at INFO: once a minute, forever.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    sync_config_feeds(db, settings.feeds)
    interval = timedelta(minutes=settings.feed_interval_minutes)
    application.bot_data[LIVE] = Live(settings.admins, interval, fetcher)
    for name, callback in CALLBACKS.items():
        application.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, live.migrate))
    application.add_handler(
        ChatMemberHandler(live.membership, ChatMemberHandler.MY_CHAT_MEMBER)
    )
    application.job_queue.run_repeating(
        live_round,
        interval=min(interval, MAX_TICK),
        first=FIRST_TICK_SECONDS,
        name="live_news",
        data=db,
        # A round that overruns the tick is not started twice; missed ticks are not replayed.
        job_kwargs={"max_instances": 1, "coalesce": True},
    )


async def live_round(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll the feeds that are due (in a worker thread), then push new articles to followers."""
    assert context.job is not None
    db = cast(Database, context.job.data)
    live_news: Live = context.bot_data[LIVE]
    now = utc_now()
    early = min(live_news.interval, MAX_TICK) / 2
    results = await in_worker(
        db,
        lambda own: poll_due_feeds(
            own, interval=live_news.interval, fetcher=live_news.fetcher, now=now, early=early
        ),
    )
    for result in results:
        if result.status == FAILED:
            continue  # store.feed_poll has logged it with its back-off
        if result.added or result.updated:
            logger.info(
                "feed %s: %d new, %d updated", result.url, len(result.added), result.updated
            )
    sent = await push_notifications(context.bot, db)
    if sent:
        logger.info("pushed %d notifications", sent)
