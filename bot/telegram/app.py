"""The Telegram bot process: the python-telegram-bot `Application` and how it runs."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sys
from typing import Any
from urllib.parse import urlparse

from sqlite_utils import Database
from telegram import BotCommand, Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.telegram.answers import (
    DB,
    MORE_PATTERN,
    answer_message,
    inline_quotes,
    more_pages,
    report_error,
)
from bot.telegram.jobs import MENU, setup_live_news

logger = logging.getLogger(__name__)

# Telegram answers 429 RetryAfter when we go faster than it allows; the limiter waits and
# resends, this many times, so a reply is delayed rather than lost.
SEND_RETRIES = 5

COMMANDS = [
    BotCommand("quote", "who said these words, or a speaker's quotes: /quote grain deal"),
    BotCommand("latest", "the newest articles: /latest 5"),
    BotCommand("search", "articles about something: /search harvest"),
    *MENU,
    BotCommand("stats", "what I know about"),
    BotCommand("help", "what I can answer"),
]

NO_TOKEN = """\
No TELEGRAM_BOT_TOKEN is set, so the Telegram bot cannot start.
To get a token: open Telegram, talk to @BotFather, send /newbot and follow its questions;
then put the token in .env as TELEGRAM_BOT_TOKEN=... and run `make run` again.
For inline mode also send /setinline to @BotFather.
Meanwhile, here is the local console: the same answers, typed here.
"""

BotApplication = Application[Any, Any, Any, Any, Any, Any]


def build_application(
    settings: Settings, db: Database, *, rate_limiter: AIORateLimiter | None = None
) -> BotApplication:
    """The bot with every handler registered; `rate_limiter` is for benchmarks."""
    if not settings.token:
        raise ValueError("build_application needs settings.token")
    # PTB 22 warns inside every RetryAfter it builds unless time periods are timedeltas (its
    # next major default); we never read them as ints, so opt in and keep the logs clean.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    application: BotApplication = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=SEND_RETRIES))
        # Answers are quick; overlapping their sends keeps one slow reply from delaying all.
        .concurrent_updates(True)
        .post_init(announce)
        .build()
    )
    application.bot_data[DB] = db

    # Commands that are not questions (feeds, follows, admin) go here, before the catch-all
    # text handler below: within a group, the first handler that matches an update wins.
    setup_live_news(application, settings, db)  # live news (issue 6): feeds, follows, admin

    application.add_handler(
        MessageHandler(filters.TEXT & filters.UpdateType.MESSAGE, answer_message)
    )
    application.add_handler(CallbackQueryHandler(more_pages, pattern=MORE_PATTERN))
    application.add_handler(InlineQueryHandler(inline_quotes))
    application.add_error_handler(report_error)
    return application


async def announce(application: BotApplication) -> None:
    """Register the command list with Telegram once the bot knows who it is."""
    await application.bot.set_my_commands(COMMANDS)
    logger.info("Serving Telegram as @%s", application.bot.username)


def run_bot(settings: Settings, db: Database) -> int:
    """Serve Telegram until SIGINT/SIGTERM (exit code 0); with no token, the local console."""
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        from bot.console import chat

        return chat(db, stdin=sys.stdin, out=sys.stdout)
    application = build_application(settings, db)
    # run_polling/run_webhook run on the current event loop; give them a fresh one.
    asyncio.set_event_loop(asyncio.new_event_loop())
    try:
        if settings.webhook_url:
            serve_webhook(application, settings)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        print(
            "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather",
            file=sys.stderr,
        )
        return 2
    except NetworkError as error:
        reason = str(error).replace(settings.token, "[REDACTED]")
        print(
            f"newsbot: cannot reach the Bot API at {settings.base_url}: {reason}", file=sys.stderr
        )
        return 1
    return 0


def serve_webhook(application: BotApplication, settings: Settings) -> None:
    """Receive updates over HTTPS (behind a reverse proxy) instead of polling."""
    url = settings.webhook_url or ""
    # Telegram sends this secret with every update, so forged posts to the URL are refused.
    secret = settings.webhook_secret or secrets.token_urlsafe(32)
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlparse(url).path.lstrip("/"),
        webhook_url=url,
        secret_token=secret,
        allowed_updates=Update.ALL_TYPES,
    )
