"""The thin Telegram side of live news: follow and admin commands, and pushing notifications.

What each command answers is decided in `handlers.follows` and `handlers.admin`; the store
does the work (`store.follows`, `store.feed_poll`). Work that waits on the network (fetching
for /add, polling feeds) runs in a worker thread on its own SQLite connection, so the event
loop keeps answering meanwhile and no transaction of that thread mixes with the loop's.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar, cast

import httpx
from sqlite_utils import Database
from telegram import Bot, Message, Update
from telegram.constants import ChatMemberStatus, ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ContextTypes

from bot.telegram.answers import DB, NO_PREVIEW, send_answer, topic_of
from handlers.admin import (
    REFUSAL,
    UNKNOWN_SENDER,
    add_reply,
    add_usage_error,
    feeds_reply,
    unfeed_reply,
)
from handlers.follows import (
    follow_reply,
    following_reply,
    notification_message,
    unfollow_reply,
)
from handlers.records import Answer
from store.db import open_db
from store.live.follows import (
    claim_delivery,
    mark_failed,
    mark_sent,
    move_chat,
    move_to_topic,
    pending_deliveries,
    queue_deliveries,
    retry_later,
    unsubscribe_chat,
)
from store.live.poll import FeedFetcher, add_url

logger = logging.getLogger(__name__)

LIVE = "live_news"  # application.bot_data key of the Live record
GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)  # the bot's status once removed
T = TypeVar("T")


@dataclass(frozen=True)
class Live:
    """What the live-news callbacks need besides the database."""

    admins: frozenset[int]
    interval: timedelta  # how often a feed is polled
    fetcher: FeedFetcher


# --- follows ---------------------------------------------------------------------------------


async def follow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/follow <speaker or words>: push new articles about it to this chat."""
    message = update.message
    if message is not None:
        answer = follow_reply(_db(context), message.chat_id, _args(context), topic_of(message))
        await reply(context, answer, message)


async def unfollow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unfollow <speaker or words>: stop pushing it."""
    message = update.message
    if message is not None:
        await reply(context, unfollow_reply(_db(context), message.chat_id, _args(context)), message)


async def following(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/following: what this chat follows."""
    message = update.message
    if message is not None:
        await reply(context, following_reply(_db(context), message.chat_id), message)


async def migrate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup (a new chat id): its follows and deliveries move along."""
    message = update.message
    if message is None:
        return
    # Telegram tells both chats: the old one where it went, the new one where it came from.
    if message.migrate_to_chat_id is not None:
        move_chat(_db(context), message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id is not None:
        move_chat(_db(context), message.migrate_from_chat_id, message.chat_id)


async def membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was removed from a chat, or the user blocked it: drop the chat's follows now
    rather than at the next notification's 403."""
    change = update.my_chat_member
    if change is None or change.new_chat_member.status not in GONE:
        return
    dropped = unsubscribe_chat(_db(context), change.chat.id)
    if dropped:
        logger.info("chat %s removed the bot: %d follows dropped", change.chat.id, dropped)


# --- admin -----------------------------------------------------------------------------------


async def add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add <url>: store an article, or follow a feed and store its entries (admins only)."""
    message = update.message
    if message is None or not await _admin(update, context, message):
        return
    url = _args(context)
    usage = add_usage_error(url)
    if usage is not None:
        await reply(context, Answer("/add", "admin", usage, lead=usage), message)
        return
    live, user = _live(context), update.effective_user
    added_by = f"telegram:{user.id if user else 0}"
    result = await in_worker(
        _db(context),
        lambda db: add_url(
            db, url, added_by=added_by, interval=live.interval, fetcher=live.fetcher
        ),
    )
    await reply(context, add_reply(result), message)
    await push_notifications(context.bot, _db(context))


async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/feeds: the feeds polled and their health (admins only)."""
    message = update.message
    if message is not None and await _admin(update, context, message):
        await reply(context, feeds_reply(_db(context)), message)


async def unfeed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/unfeed <url>: stop polling a feed (admins only)."""
    message = update.message
    if message is not None and await _admin(update, context, message):
        await reply(context, unfeed_reply(_db(context), _args(context)), message)


# --- pushing ---------------------------------------------------------------------------------


async def push_notifications(bot: Bot, db: Database) -> int:
    """Match new articles against the follows and send what is due; how many were sent.

    Each delivery is claimed before it is sent, so nothing goes out twice, even across a
    crash or restart. A chat that blocked the bot or is gone (403) is unsubscribed. At most
    a hundred go out per call (the rest wait for the next round), so a round stays short.
    """
    # Matching every follow against the new articles can take a while with many follows.
    await in_worker(db, queue_deliveries)
    sent = 0
    for chat_id, article_id in pending_deliveries(db):
        note = claim_delivery(db, chat_id, article_id)
        if note is None:
            continue
        try:
            await bot.send_message(
                chat_id,
                notification_message(note),
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
                message_thread_id=note.follow.thread_id,
            )
        except Forbidden as error:
            dropped = unsubscribe_chat(db, chat_id)
            logger.info(
                "chat %s refused a message (%s): %d follows dropped", chat_id, error, dropped
            )
        except ChatMigrated as error:
            move_chat(db, chat_id, error.new_chat_id)
            retry_later(db, error.new_chat_id, article_id, "chat migrated")
        except BadRequest as error:
            if note.follow.thread_id is not None and "thread not found" in error.message.lower():
                # The topic was deleted: the news goes to the chat itself from now on.
                move_to_topic(db, note.follow, None)
                retry_later(db, chat_id, article_id, error.message)
                continue
            if "chat not found" in error.message.lower():
                unsubscribe_chat(db, chat_id)
            mark_failed(db, chat_id, article_id, error.message)
            logger.warning("could not notify chat %s: %s", chat_id, error.message)
        except TimedOut:
            # The message may have arrived: sending again could make it twice.
            mark_failed(db, chat_id, article_id, "timed out")
        except (NetworkError, RetryAfter) as error:
            if not surely_not_delivered(error):
                mark_failed(db, chat_id, article_id, str(error))
                logger.warning("could not notify chat %s, not retrying: %s", chat_id, error)
                continue
            retry_later(db, chat_id, article_id, str(error))
            logger.warning("could not notify chat %s, will retry: %s", chat_id, error)
        else:
            mark_sent(db, chat_id, article_id)
            sent += 1
    return sent


def surely_not_delivered(error: NetworkError | RetryAfter) -> bool:
    """Whether a failed send certainly delivered nothing, so sending again cannot repeat it.

    Telegram answering with an error (or asking us to wait) means nothing was sent, and so
    does a connection that never opened. A connection lost after the request went out (reset,
    no answer) may have delivered it.
    """
    transport = error.__cause__
    return not isinstance(transport, httpx.HTTPError) or isinstance(transport, httpx.ConnectError)


async def in_worker(db: Database, work: Callable[[Database], T]) -> T:
    """Run blocking store work in a thread on its own connection to the same database file.

    An in-memory database cannot be opened twice, so there the work runs on the loop.
    """
    path = database_file(db)
    if path is None:
        return work(db)

    def run() -> T:
        with closing(open_db(path)) as own:
            return work(own)

    return await asyncio.to_thread(run)


def database_file(db: Database) -> str | None:
    """The file behind a connection; None for an in-memory database."""
    for _, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return str(file) or None
    return None


# --- helpers ---------------------------------------------------------------------------------


async def reply(context: ContextTypes.DEFAULT_TYPE, answer: Answer, message: Message) -> None:
    """Send an answer as a reply, in the message's topic."""
    await send_answer(context, answer, to=message)


async def _admin(update: Update, context: ContextTypes.DEFAULT_TYPE, message: Message) -> bool:
    # Sent on behalf of a chat (an anonymous group admin, a channel), `from` is Telegram's
    # placeholder account shared by everyone who does so: it identifies nobody.
    anonymous = message.sender_chat is not None
    user = message.from_user
    if not anonymous and user is not None and user.id in _live(context).admins:
        return True
    refusal = UNKNOWN_SENDER if anonymous else REFUSAL
    await reply(context, Answer("/admin", "admin", refusal, lead=refusal), message)
    return False


def _args(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or [])


def _db(context: ContextTypes.DEFAULT_TYPE) -> Database:
    return cast(Database, context.bot_data[DB])


def _live(context: ContextTypes.DEFAULT_TYPE) -> Live:
    return cast(Live, context.bot_data[LIVE])
