"""Telegram's flood limits, kept per chat: a 429 pauses the chat it was about, not the bot.

PTB's AIORateLimiter halts every request for a RetryAfter's wait, so one flooded chat delays
every other chat's answers. This limiter keeps the same overall and per-group rates, but a
RetryAfter pauses only requests for the same chat (requests with no chat, such as answering a
button press or an inline query, share one key of their own).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from aiolimiter import AsyncLimiter
from telegram import constants
from telegram._utils.types import JSONDict
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)

ChatKey = int | str | None  # a chat id, an @channel name, or None for requests about no chat
Result = bool | JSONDict | list[JSONDict]

# Telegram's waits are seconds; after this much waiting for one request we give up on it, so
# a reply is late rather than lost, but nothing waits forever.
MAX_WAIT_SECONDS = 120.0
_KEEP = 512  # per-group limiters (and pauses) remembered before idle ones are forgotten


class ChatRateLimiter(BaseRateLimiter[int]):
    """30 messages a second overall, 20 a minute per group, and each chat's RetryAfter its own."""

    def __init__(
        self,
        overall_per_second: float = constants.FloodLimit.MESSAGES_PER_SECOND,
        group_per_minute: float = constants.FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP,
        max_wait: float = MAX_WAIT_SECONDS,
    ) -> None:
        self._overall = AsyncLimiter(overall_per_second, 1) if overall_per_second else None
        self._group_per_minute = group_per_minute
        self._groups: dict[ChatKey, AsyncLimiter] = {}
        self._paused_until: dict[ChatKey, float] = {}  # loop time each paused chat may resume
        self._max_wait = max_wait

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        """Send within the rates; on RetryAfter pause this chat and send again, up to max_wait.

        rate_limit_args (PTB's per-call retry count) is not used: 429s are waited out by time.
        """
        key = chat_key(data)
        waited = 0.0
        while True:
            await self._resume(key)
            try:
                async with self._slots(key):
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = seconds(error.retry_after) + 0.1
                if waited + wait > self._max_wait:
                    raise
                waited += wait
                self._pause(key, wait)
                logger.info("Telegram asked to wait %.1f s: %s to chat %s", wait, endpoint, key)

    async def _resume(self, key: ChatKey) -> None:
        # Another RetryAfter for the same chat may push the time on while we sleep.
        loop = asyncio.get_running_loop()
        while (until := self._paused_until.get(key)) is not None:
            left = until - loop.time()
            if left <= 0:
                self._paused_until.pop(key, None)
                return
            await asyncio.sleep(left)

    def _pause(self, key: ChatKey, wait: float) -> None:
        now = asyncio.get_running_loop().time()
        if len(self._paused_until) > _KEEP:  # chats told to wait that never sent again
            self._paused_until = {k: t for k, t in self._paused_until.items() if t > now}
        self._paused_until[key] = max(now + wait, self._paused_until.get(key, now))

    def _slots(self, key: ChatKey) -> _Slots:
        # Like PTB: the overall rate counts messages to chats, not button or inline answers.
        return _Slots(self._group_limiter(key), self._overall if key is not None else None)

    def _group_limiter(self, key: ChatKey) -> AsyncLimiter | None:
        if not self._group_per_minute or not is_group(key):
            return None
        if len(self._groups) > _KEEP:
            for other, limiter in list(self._groups.items()):
                if other != key and limiter.has_capacity(limiter.max_rate):
                    del self._groups[other]
        if key not in self._groups:
            self._groups[key] = AsyncLimiter(self._group_per_minute, 60)
        return self._groups[key]


class _Slots(contextlib.AsyncExitStack):
    """A slot of the chat's group limiter (if any), then one of the overall limiter (if any)."""

    def __init__(self, *limiters: AsyncLimiter | None) -> None:
        super().__init__()
        self._limiters = [limiter for limiter in limiters if limiter is not None]

    async def __aenter__(self) -> _Slots:
        for limiter in self._limiters:
            await self.enter_async_context(limiter)
        return self


def chat_key(data: dict[str, Any]) -> ChatKey:
    """The chat a request is about: its chat_id as an int where it is one."""
    chat_id = data.get("chat_id")
    if chat_id is None:
        return None
    with contextlib.suppress(ValueError, TypeError):
        return int(chat_id)
    return str(chat_id)


def is_group(key: ChatKey) -> bool:
    """Groups, supergroups and channels have negative ids (or an @name); users positive ones."""
    return isinstance(key, str) or (isinstance(key, int) and key < 0)


def seconds(retry_after: timedelta | float) -> float:
    """A RetryAfter's wait in seconds, whichever way PTB reports it."""
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else float(retry_after)
