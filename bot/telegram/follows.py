"""Follows in the chat: /follow, /unfollow, /following, and keeping them when a chat changes.

What each command answers is `handlers.follows`; the follows themselves are
`store.live.follows`. A group that becomes a supergroup takes its follows along; a chat that
removes or blocks the bot loses them at once. In a group only its admins and whoever made a
follow may remove or move it (`handlers.follows.may_change`); Telegram is asked whether the
sender is an admin only when the answer depends on it.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram import Bot, Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.telegram.answers import client_language, command_args, send_answer, topic_of
from bot.telegram.state import BotContext
from handlers.follows import (
    Asker,
    admin_matters,
    follow_language,
    follow_reply,
    following_reply,
    unfollow_reply,
)
from store.live.follows import move_chat, unsubscribe_chat

logger = logging.getLogger(__name__)

GONE = (ChatMemberStatus.LEFT, ChatMemberStatus.BANNED)  # the bot's status once removed
ADMINS = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def follow(update: Update, context: BotContext) -> None:
    """/follow <speaker or words>: push new articles about it to this chat."""
    message = update.message
    if message is not None:
        db, query = context.bot_data.db, command_args(context)
        asker = await asker_of(context, message, query)
        lang = follow_language(query, client_language(message.from_user))
        answer = follow_reply(db, message.chat_id, query, topic_of(message), asker, lang)
        await send_answer(context, answer, to=message)


async def unfollow(update: Update, context: BotContext) -> None:
    """/unfollow <speaker or words>: stop pushing it."""
    message = update.message
    if message is not None:
        query = command_args(context)
        asker = await asker_of(context, message, query)
        lang = follow_language(query, client_language(message.from_user))
        answer = unfollow_reply(context.bot_data.db, message.chat_id, query, asker, lang)
        await send_answer(context, answer, to=message)


def sender_of(message: Message) -> Asker:
    """Who sent a message, before asking Telegram whether they are an admin."""
    in_group = message.chat.type != ChatType.PRIVATE
    sender_chat = message.sender_chat
    if sender_chat is not None:
        # On behalf of a chat, `from` is a placeholder shared by everyone who does so. Posting
        # as the group itself is something only its admins can do; as a channel, anyone.
        return Asker(None, in_group, chat_admin=sender_chat.id == message.chat_id)
    user = message.from_user
    return Asker(user.id if user else None, in_group)


async def asker_of(context: BotContext, message: Message, query: str) -> Asker:
    """The sender, with whether they are a chat admin when the answer to `query` needs it."""
    asker = sender_of(message)
    if asker.user_id is not None and admin_matters(
        context.bot_data.db, message.chat_id, query, asker
    ):
        asker = replace(
            asker, chat_admin=await is_chat_admin(context.bot, message.chat_id, asker.user_id)
        )
    return asker


async def is_chat_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Whether Telegram says the user is the chat's owner or one of its admins."""
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except TelegramError as error:
        # Not knowing is not being one: the follow stays as it is, and the log says why.
        logger.warning("could not ask chat %s about a member: %s", chat_id, error)
        return False
    return member.status in ADMINS


async def following(update: Update, context: BotContext) -> None:
    """/following: what this chat follows."""
    message = update.message
    if message is not None:
        lang = follow_language("", client_language(message.from_user))
        answer = following_reply(context.bot_data.db, message.chat_id, lang)
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
