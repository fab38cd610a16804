"""Follows in the chat: /follow, /unfollow, /following, and keeping them when a chat changes.

What each command answers is `handlers.follows`; the follows themselves are
`store.live.follows`. A group that becomes a supergroup takes its follows along; a chat that
removes or blocks the bot loses them at once.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatMemberStatus

from bot.telegram.answers import command_args, send_answer, topic_of
from bot.telegram.state import BotContext
from handlers.follows import follow_reply, following_reply, unfollow_reply
from store.live.follows import move_chat, unsubscribe_chat

logger = logging.getLogger(__name__)

GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)  # the bot's status once removed


async def follow(update: Update, context: BotContext) -> None:
    """/follow <speaker or words>: push new articles about it to this chat."""
    message = update.message
    if message is not None:
        db, query = context.bot_data.db, command_args(context)
        answer = follow_reply(db, message.chat_id, query, topic_of(message))
        await send_answer(context, answer, to=message)


async def unfollow(update: Update, context: BotContext) -> None:
    """/unfollow <speaker or words>: stop pushing it."""
    message = update.message
    if message is not None:
        answer = unfollow_reply(context.bot_data.db, message.chat_id, command_args(context))
        await send_answer(context, answer, to=message)


async def following(update: Update, context: BotContext) -> None:
    """/following: what this chat follows."""
    message = update.message
    if message is not None:
        answer = following_reply(context.bot_data.db, message.chat_id)
        await send_answer(context, answer, to=message)


async def migrate(update: Update, context: BotContext) -> None:
    """A group became a supergroup (a new chat id): its follows and deliveries move along."""
    message = update.message
    if message is None:
        return
    # Telegram tells both chats: the old one where it went, the new one where it came from.
    if message.migrate_to_chat_id is not None:
        move_chat(context.bot_data.db, message.chat_id, message.migrate_to_chat_id)
    elif message.migrate_from_chat_id is not None:
        move_chat(context.bot_data.db, message.migrate_from_chat_id, message.chat_id)


async def membership(update: Update, context: BotContext) -> None:
    """The bot was removed from a chat, or the user blocked it: drop the chat's follows now
    rather than at the next notification's 403."""
    change = update.my_chat_member
    if change is None or change.new_chat_member.status not in GONE:
        return
    dropped = unsubscribe_chat(context.bot_data.db, change.chat.id)
    if dropped:
        logger.info("chat %s removed the bot: %d follows dropped", change.chat.id, dropped)
