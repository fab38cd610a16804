"""Stopping the bot promptly: work in progress is told, not waited out."""

from __future__ import annotations

import threading
from typing import Any

from telegram.ext import Application


class NewsbotApplication(Application[Any, Any, Any, Any, Any, Any]):
    """PTB's Application, which tells downloads in progress to give up once it is stopping.

    `stopping` is the event the bot's HttpFetcher checks between chunks (and hops).
    """

    def __init__(self, *, stopping: threading.Event, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.stopping = stopping

    async def stop(self) -> None:
        # Application.stop waits for running handlers and jobs: without this, an /add of a
        # slow page held SIGTERM for the download's whole deadline.
        self.stopping.set()
        await super().stop()
