"""Polling that outlives a restarting proxy or local Bot API server: every failed getUpdates
is retried with PTB's own back-off (1 s, growing to 30 s), and once polling has failed for a
bound the process gives up and exits non-zero, so a supervisor can restart it.

PTB's polling loop retries network errors but ends for good on a 401 or 404 (it takes them
for a bad token), leaving a process that is alive and deaf. We asked Telegram who we are
(getMe) before polling, so the token was good then: a 401 or 404 on getUpdates afterwards is
something between us and Telegram restarting, and is retried like any other failure.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.request import HTTPXRequest

from bot.telegram.state import BotApplication

logger = logging.getLogger(__name__)

# Answered as this instead, a 401 or 404 becomes a NetworkError, which PTB's loop retries.
RETRIED_INSTEAD = HTTPStatus.SERVICE_UNAVAILABLE
# What the request answers once polling has given up (see PollingRequest.do_request).
NO_UPDATES = b'{"ok": true, "result": []}'
POLLING_TASK = "Updater:start_polling:polling_task"  # the name PTB gives its polling task
BACK_OFF_CHECK_SECONDS = 0.05  # while stopping, how often to look for a back-off to cut short


@dataclass(frozen=True)
class PollOutage:
    """Why polling gave up: how long it failed, the last failure, and its HTTP status."""

    seconds: float
    reason: str
    status: int | None = None  # None for a network error (refused, reset, timed out)


class PollWatch:
    """Times how long getUpdates has been failing and gives up after `give_up_after` seconds.

    A timer armed at the first failure (and disarmed by the next success) ends the wait even
    while a retry is sleeping or hanging, so the bound holds to within a moment.
    """

    def __init__(self, give_up_after: float) -> None:
        self.give_up_after = give_up_after
        # What stops the bot; with none (a test's own Application), polling never gives up.
        self.stop: Callable[[], None] | None = None
        self.outage: PollOutage | None = None  # set once polling has given up
        self.stopping = False  # the bot is stopping: what is polled now only confirms offsets
        self._failing_since: float | None = None
        self._last: tuple[str, int | None] = ("", None)
        self._timer: asyncio.TimerHandle | None = None

    @property
    def gave_up(self) -> bool:
        return self.outage is not None

    def succeeded(self) -> None:
        self._failing_since = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def failed(self, reason: str, status: int | None = None) -> None:
        self._last = (reason, status)
        if self._failing_since is None and self.stop is not None:
            self._failing_since = time.monotonic()
            self._timer = asyncio.get_running_loop().call_later(self.give_up_after, self._give_up)

    def _give_up(self) -> None:
        since = self._failing_since or time.monotonic()
        reason, status = self._last
        self.outage = PollOutage(time.monotonic() - since, reason, status)
        if self.stop is not None:
            self.stop()


class PollingRequest(HTTPXRequest):
    """The getUpdates connection (PTB keeps it apart from sends), reporting to a PollWatch."""

    def __init__(self, watch: PollWatch) -> None:
        super().__init__(connection_pool_size=1)  # what PTB gives getUpdates by default
        self.watch = watch
        self.unconfirmed = False  # said that stopping could not confirm the last updates

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if self.watch.gave_up:
            # PTB's goodbye getUpdates (confirming the last offset) would only fail again and
            # log a traceback under the one line that says why we stop.
            return HTTPStatus.OK, NO_UPDATES
        try:
            status, payload = await super().do_request(*args, **kwargs)
        except TelegramError as error:  # refused, reset, timed out
            if self.watch.stopping:
                return self._unconfirmed(str(error))
            self.watch.failed(str(error))
            raise
        if status != HTTPStatus.OK and self.watch.stopping:
            return self._unconfirmed(_described(status, payload))
        if status == HTTPStatus.OK:
            self.watch.succeeded()
            return status, payload
        self.watch.failed(_described(status, payload), status)
        if status in (HTTPStatus.UNAUTHORIZED, HTTPStatus.NOT_FOUND):
            return RETRIED_INSTEAD, payload
        return status, payload

    def _unconfirmed(self, reason: str) -> tuple[int, bytes]:
        """A poll that failed while stopping, answered as no updates, in one line at most:
        PTB would log its goodbye getUpdates (confirming what it fetched) with a traceback."""
        if not self.unconfirmed:
            self.unconfirmed = True
            logger.warning(
                "Could not confirm the updates already answered with Telegram while stopping "
                "(%s): some may come again at the next start",
                reason,
            )
        return HTTPStatus.OK, NO_UPDATES


@asynccontextmanager
async def polling_updates(application: BotApplication, watch: PollWatch) -> AsyncIterator[None]:
    """Updates polled from Telegram, while inside."""
    assert application.updater is not None  # build_application keeps PTB's Updater
    await application.updater.start_polling(
        allowed_updates=Update.ALL_TYPES, error_callback=log_poll_error
    )
    try:
        yield
    finally:
        watch.stopping = True
        await stop_polling(application)


async def stop_polling(application: BotApplication) -> None:
    """Stop PTB's updater, cutting its back-off sleep short whenever its loop is in one (it
    may fall into one while stopping: a poll that fails as the stop begins)."""
    assert application.updater is not None
    stopped = asyncio.create_task(application.updater.stop())
    while not stopped.done():
        cut_back_off_short()
        await asyncio.wait({stopped}, timeout=BACK_OFF_CHECK_SECONDS)
    await stopped


def cut_back_off_short() -> None:
    """End PTB's polling task if it is sleeping out its back-off after a failed poll (up to
    30 s) before it sees a stop: `newsbot run` would outlive its bound and a supervisor's
    patience. The sleep is all it has left to do, and Updater.stop expects the task to end
    cancelled, confirming the last offset with Telegram after it as usual. Never while it
    waits for a poll: a poll that has just failed is a finished task PTB has yet to read, and
    cancelling its waiter leaves the error unread, which asyncio logs with a traceback."""
    for task in asyncio.all_tasks():
        if task.get_name() == POLLING_TASK and _sleeping(task):
            task.cancel()


def _sleeping(task: asyncio.Task[Any]) -> bool:
    """The task's coroutine is awaiting asyncio.sleep itself (PTB's loop sleeps there)."""
    awaited = getattr(task.get_coro(), "cr_await", None)
    return getattr(awaited, "__qualname__", None) == "sleep"


def log_poll_error(error: TelegramError) -> None:
    """One line per failed poll (PTB's default logs a traceback each time); PTB retries."""
    logger.warning("Polling Telegram failed, retrying: %s", error)


def _described(status: int, payload: bytes) -> str:
    """The status and Telegram's description of it ("401 Unauthorized")."""
    try:
        description = json.loads(payload).get("description")
    except (ValueError, AttributeError):
        description = None
    if isinstance(description, str):
        return f"{status} {description}"
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:  # a status http.HTTPStatus does not name
        return str(status)
