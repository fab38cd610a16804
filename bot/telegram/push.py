"""Pushing follows: new articles matched against what chats follow, sent as notifications.

Which articles a follow matches and what has been delivered is the store's
(`store.live.follows`, `store.live.digests`); the messages are `handlers.follows`. This module
sends them, each chat on its own task, and turns each way Telegram can refuse into what
happens to the deliveries.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sqlite_utils import Database
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter

from bot.telegram.sending import NO_PREVIEW, SEND_READ_TIMEOUT, surely_not_delivered
from bot.telegram.worker import in_worker
from handlers.follows import digest_message, notification_message
from store.live.digests import Batch, claim_digest, pending_batches
from store.live.follows import (
    Follow,
    claim_delivery,
    mark_all_failed,
    mark_all_sent,
    move_chat,
    move_to_topic,
    queue_deliveries,
    retry_all_later,
    unsubscribe_chat,
)

logger = logging.getLogger(__name__)


class Outcome(StrEnum):
    """What became of one message to a chat, and so of the deliveries it told."""

    SENT = "sent"
    GONE = "gone"  # the chat blocked the bot or is gone: it is unsubscribed
    MIGRATED = "migrated"  # the group became a supergroup: send there next round
    NO_TOPIC = "no topic"  # the forum topic was deleted: send to the chat next round
    FAILED = "failed"  # not sent, or perhaps sent: never again
    RETRY = "retry"  # surely not sent: next round


@dataclass(frozen=True)
class Sent:
    """How one send went."""

    outcome: Outcome
    error: str = ""
    new_chat_id: int | None = None  # for MIGRATED


async def push_notifications(bot: Bot, db: Database) -> int:
    """Match new articles against the follows and send what is due; how many messages went.

    Each delivery is claimed before it is sent, so nothing goes out twice, even across a
    crash or restart. A destination with more than a few deliveries waiting gets one digest
    instead of a message each, so a round sends at most a few messages per chat. Chats are
    sent to concurrently: one chat's flood wait (429 retry_after) holds up only that chat.
    """
    # Matching every follow against the new articles can take a while with many follows.
    await in_worker(db, queue_deliveries)
    by_chat: dict[int, list[Batch]] = {}
    for batch in pending_batches(db):
        by_chat.setdefault(batch.chat_id, []).append(batch)
    rounds = [_push_to_chat(bot, db, batches) for batches in by_chat.values()]
    # Every chat's push runs to its end even when another's fails unexpectedly; then the first
    # such failure is raised for the job's error handler.
    results = await asyncio.gather(*rounds, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return sum(result for result in results if isinstance(result, int))


async def _push_to_chat(bot: Bot, db: Database, batches: Sequence[Batch]) -> int:
    """Send one chat what waits for it, a destination (the chat, a topic) at a time."""
    sent = 0
    for batch in batches:
        if batch.digest:
            sent += await _push_digest(bot, db, batch)
            continue
        for article_id in batch.article_ids:
            note = claim_delivery(db, batch.chat_id, article_id)
            if note is None:
                continue
            result = await send(
                bot, note.chat_id, notification_message(note), note.follow.thread_id
            )
            settle(db, note.chat_id, [article_id], [note.follow], result)
            sent += result.outcome == Outcome.SENT
    return sent


async def _push_digest(bot: Bot, db: Database, batch: Batch) -> int:
    digest = claim_digest(db, batch)
    if digest is None:
        return 0
    result = await send(bot, digest.chat_id, digest_message(digest), digest.thread_id)
    settle(db, digest.chat_id, digest.article_ids, digest.follows, result)
    return int(result.outcome == Outcome.SENT)


async def send(bot: Bot, chat_id: int, text: str, thread_id: int | None) -> Sent:
    """Send one pushed message (HTML, no link preview); how it went."""
    try:
        await bot.send_message(
            chat_id,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            message_thread_id=thread_id,
            read_timeout=SEND_READ_TIMEOUT,
        )
    except Forbidden as error:
        return Sent(Outcome.GONE, error.message)
    except ChatMigrated as error:
        return Sent(Outcome.MIGRATED, "chat migrated", error.new_chat_id)
    except BadRequest as error:
        if thread_id is not None and "thread not found" in error.message.lower():
            return Sent(Outcome.NO_TOPIC, error.message)
        if "chat not found" in error.message.lower():
            return Sent(Outcome.GONE, error.message)
        return Sent(Outcome.FAILED, error.message)
    except (NetworkError, RetryAfter) as error:
        # TimedOut among them: no free connection (a pool timeout) sent nothing and is retried;
        # no answer in time may have delivered it, and sending again could make it twice.
        retry = surely_not_delivered(error)
        return Sent(Outcome.RETRY if retry else Outcome.FAILED, str(error) or type(error).__name__)
    return Sent(Outcome.SENT)


def settle(
    db: Database, chat_id: int, article_ids: Sequence[int], follows: Sequence[Follow], result: Sent
) -> None:
    """Record what a send means for the deliveries it told (`follows` matched them)."""
    match result.outcome:
        case Outcome.SENT:
            mark_all_sent(db, chat_id, article_ids)
        case Outcome.GONE:
            mark_all_failed(db, chat_id, article_ids, result.error)
            dropped = unsubscribe_chat(db, chat_id)
            logger.info(
                "chat %s refused a message (%s): %d follows dropped", chat_id, result.error, dropped
            )
        case Outcome.MIGRATED:
            new_chat_id = result.new_chat_id if result.new_chat_id is not None else chat_id
            move_chat(db, chat_id, new_chat_id)
            retry_all_later(db, new_chat_id, article_ids, result.error)
        case Outcome.NO_TOPIC:
            # The topic was deleted: the news goes to the chat itself from now on.
            for follow in follows:
                move_to_topic(db, follow, None)
            retry_all_later(db, chat_id, article_ids, result.error)
        case Outcome.FAILED:
            mark_all_failed(db, chat_id, article_ids, result.error)
            logger.warning("could not notify chat %s, not retrying: %s", chat_id, result.error)
        case Outcome.RETRY:
            retry_all_later(db, chat_id, article_ids, result.error)
            logger.warning("could not notify chat %s, will retry: %s", chat_id, result.error)
