"""Pushing follows: new articles matched against what chats follow, sent as notifications.

Which articles a follow matches and what has been delivered is the store's
(`store.live.follows`); the message is `handlers.follows.notification_message`. This module
sends it and turns each way Telegram can refuse into what happens to the delivery.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.telegram.sending import NO_PREVIEW, surely_not_delivered
from bot.telegram.worker import in_worker
from handlers.follows import notification_message
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

logger = logging.getLogger(__name__)


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
