"""The admin commands in the chat: /add <url>, /feeds, /unfeed <url>, for the listed admins.

What each answers is `handlers.admin`; fetching and polling are `store.live.poll`, run in a
worker thread (`bot.telegram.worker`) because they wait on the network.
"""

from __future__ import annotations

from telegram import Message, Update

from bot.telegram.answers import command_args, send_answer
from bot.telegram.push import push_notifications
from bot.telegram.state import BotContext
from bot.telegram.worker import in_worker
from handlers.admin import (
    ADMIN,
    REFUSAL,
    UNKNOWN_SENDER,
    add_reply,
    add_usage_error,
    feeds_reply,
    unfeed_reply,
)
from handlers.records import Answer
from store.live.poll import add_url


async def add(update: Update, context: BotContext) -> None:
    """/add <url>: store an article, or follow a feed and store its entries (admins only)."""
    message = update.message
    if message is None or not await is_admin(context, message):
        return
    url = command_args(context)
    usage = add_usage_error(url)
    if usage is not None:
        await send_answer(context, Answer("/add", ADMIN, usage, lead=usage), to=message)
        return
    state, user = context.bot_data, message.from_user
    added_by = f"telegram:{user.id if user else 0}"
    result = await in_worker(
        state.db,
        lambda db: add_url(
            db, url, added_by=added_by, interval=state.feed_interval, fetcher=state.fetcher
        ),
    )
    await send_answer(context, add_reply(result), to=message)
    # Followers hear of what was just added now, not at the next round.
    await push_notifications(context.bot, state.db)


async def feeds(update: Update, context: BotContext) -> None:
    """/feeds: the feeds polled and their health (admins only)."""
    message = update.message
    if message is not None and await is_admin(context, message):
        await send_answer(context, feeds_reply(context.bot_data.db), to=message)


async def unfeed(update: Update, context: BotContext) -> None:
    """/unfeed <url>: stop polling a feed (admins only)."""
    message = update.message
    if message is not None and await is_admin(context, message):
        answer = unfeed_reply(context.bot_data.db, command_args(context))
        await send_answer(context, answer, to=message)


async def is_admin(context: BotContext, message: Message) -> bool:
    """Whether the sender is one of the bot's admins; if not, they are told so."""
    # Sent on behalf of a chat (an anonymous group admin, a channel), `from` is Telegram's
    # placeholder account shared by everyone who does so: it identifies nobody.
    anonymous = message.sender_chat is not None
    user = message.from_user
    if not anonymous and user is not None and user.id in context.bot_data.admins:
        return True
    refusal = UNKNOWN_SENDER if anonymous else REFUSAL
    await send_answer(context, Answer("/admin", ADMIN, refusal, lead=refusal), to=message)
    return False
