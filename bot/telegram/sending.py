"""Sending to Telegram once: retry what surely did not arrive, never repeat what may have.

One rule (`surely_not_delivered`) for answers and pushes alike. Telegram answering with an
error or asking us to wait, and a request that never fully left (no connection, no free
connection, a write that failed) delivered nothing, so sending again cannot make it twice. A
connection lost after the request went out, no answer in time, or an answer we cannot read
may have delivered it: then we stop, and say nothing more (an apology after an answer that
arrived would be false).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, NetworkError, RetryAfter, TelegramError

logger = logging.getLogger(__name__)

T = TypeVar("T")

# PTB waits 5 s for Telegram's answer; a busy Bot API (or a proxy before it) takes longer, and
# giving up early turned delivered answers into "timed out" and then a false apology.
SEND_READ_TIMEOUT = 30.0
SEND_ATTEMPTS = 3  # tries of a send that surely did not arrive, before the error handler's turn
RETRY_PAUSE = 0.5  # seconds before the second try; doubled before each one after it
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)

# Failures of the transport before the request was fully sent: nothing reached Telegram.
_NOT_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,  # an HTTP request cut short is not carried out
    httpx.WriteTimeout,
)


def surely_not_delivered(error: NetworkError | RetryAfter) -> bool:
    """Whether a failed send certainly delivered nothing, so sending again cannot repeat it.

    Telegram answering with an error (or asking us to wait) means nothing was sent, and so
    does a request that never fully went out. A connection lost after the request went out
    (reset, no answer) may have delivered it.
    """
    transport = error.__cause__
    return not isinstance(transport, httpx.HTTPError) or isinstance(transport, _NOT_SENT)


async def deliver(send: Callable[[], Awaitable[T]], *, what: str) -> T | None:
    """Run send, again (after a pause) while it surely did not arrive, up to SEND_ATTEMPTS.

    None when it may have arrived: logged, not repeated, not raised (no apology follows).
    Refusals (BadRequest, Forbidden, ChatMigrated, ...) and the last failure are raised.
    """
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await send()
        except BadRequest:
            raise  # a refusal, not a failure: the same request would be refused again
        except (NetworkError, RetryAfter) as error:
            if not surely_not_delivered(error):
                logger.warning("%s may have arrived; not sending it again: %s", what, error)
                return None
            if attempt == SEND_ATTEMPTS:
                raise
            logger.warning("%s failed (try %d), trying again: %s", what, attempt, error)
            await asyncio.sleep(RETRY_PAUSE * 2 ** (attempt - 1))
        except TelegramError as error:
            if type(error) is not TelegramError:
                raise  # Forbidden, ChatMigrated, InvalidToken...: Telegram said what it did
            # A success status with a body we cannot read ("Invalid server response"):
            # Telegram did the work, we just cannot see its answer.
            logger.warning("%s may have arrived; not sending it again: %s", what, error)
            return None
    raise AssertionError("unreachable: the last attempt returns or raises")


async def send_html(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    thread: int | None = None,
    reply_to: int | None = None,
    markup: InlineKeyboardMarkup | None = None,
) -> Message | None:
    """Send one HTML message (as a reply to message reply_to), once; None if it may have
    arrived without our knowing. A group that became a supergroup gets it at its new id."""

    def to(chat: int, thread: int | None, reply_to: int | None) -> Callable[[], Awaitable[Message]]:
        return lambda: bot.send_message(
            chat,
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            message_thread_id=thread,
            # Still answer if the question was deleted meanwhile.
            reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True)
            if reply_to is not None
            else None,
            reply_markup=markup,
            read_timeout=SEND_READ_TIMEOUT,
        )

    try:
        return await deliver(to(chat_id, thread, reply_to), what=f"a message to chat {chat_id}")
    except ChatMigrated as moved:
        # The question's message id and topic belong to the old group: the words go alone.
        logger.info("chat %s is now supergroup %s; sending there", chat_id, moved.new_chat_id)
        new_id = int(moved.new_chat_id)
        return await deliver(to(new_id, None, None), what=f"a message to chat {new_id}")
