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
        self.in_flight = False  # a getUpdates request is under way
        self.stopping = False  # the bot is stopping: what is polled now only confirms offsets
        self._failing_since: float | None = None
        self._last: tuple[str, int | None] = ("", None)
        self._timer: asyncio.TimerHandle | None = None

    @property
    def gave_up(self) -> bool:
        return self.outage is not None

    @property
    def backing_off(self) -> bool:
        """The last poll failed and none is under way: PTB's loop sleeps before the next."""
        return self._failing_since is not None and not self.in_flight

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
        self.watch.in_flight = True
        try:
            status, payload = await super().do_request(*args, **kwargs)
        except TelegramError as error:  # refused, reset, timed out
            if self.watch.stopping:
                return self._unconfirmed(str(error))
            self.watch.failed(str(error))
            raise
        finally:
            self.watch.in_flight = False
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
        stopped = asyncio.create_task(application.updater.stop())
        await asyncio.sleep(0)  # stop() begins: from now on PTB's loop starts no new poll
        if watch.backing_off:
            cut_back_off_short()
        await stopped


def cut_back_off_short() -> None:
    """End PTB's polling task now. After a failed poll it sleeps out its back-off (up to 30 s)
    before it sees a stop, so `newsbot run` would outlive its bound and a supervisor's
    patience; the sleep is all it has left to do, and Updater.stop expects the task to end
    cancelled, confirming the last offset with Telegram after it as usual."""
    for task in asyncio.all_tasks():
        if task.get_name() == POLLING_TASK:
            task.cancel()


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
