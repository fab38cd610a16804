"""Running the bot until SIGINT or SIGTERM: the lifecycle `Application.run_polling` gives,
with the way updates arrive passed in, so that polling can have our error callback and the
webhook our server (PTB's run_* methods offer neither).
"""

from __future__ import annotations

import asyncio
import logging
import signal
from contextlib import AbstractAsyncContextManager

from bot.telegram.state import BotApplication

logger = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


async def serve_until_stopped(
    application: BotApplication,
    updates: AbstractAsyncContextManager[None],
    stopping: asyncio.Event,
) -> None:
    """Start receiving updates, announce the bot, answer until a stop signal or `stopping`
    is set, and stop in PTB's order: updates first, so none arrive while answering ends."""
    loop = asyncio.get_running_loop()
    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, stopping.set)
    try:
        async with application:  # initialize, and shutdown at the end
            try:
                async with updates:
                    if application.post_init is not None:
                        await application.post_init(application)
                    await application.start()
                    await stopping.wait()
                    logger.info("Stopping")
            finally:
                if application.running:
                    await application.stop()
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
