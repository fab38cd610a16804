"""The Telegram bot process: the python-telegram-bot `Application`, every handler it has, and
how it runs."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sys
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlparse

from sqlite_utils import Database
from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    JobQueue,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.telegram import admin, follows
from bot.telegram.answers import (
    MORE_PATTERN,
    answer_message,
    inline_quotes,
    more_pages,
    report_error,
)
from bot.telegram.jobs import schedule_live_news
from bot.telegram.state import CONTEXT_TYPES, BotApplication, BotContext
from store.ingest.fetch import Fetcher, fetch
from store.live.feeds import sync_config_feeds

logger = logging.getLogger(__name__)

# Telegram answers 429 RetryAfter when we go faster than it allows; the limiter waits and
# resends, this many times, so a reply is delayed rather than lost.
SEND_RETRIES = 5

# The command menu. The admin commands (/add, /feeds, /unfeed) stay out of everyone's menu.
COMMANDS = [
    BotCommand("quote", "who said these words, or a speaker's quotes: /quote grain deal"),
    BotCommand("latest", "the newest articles: /latest 5"),
    BotCommand("search", "articles about something: /search harvest"),
    BotCommand("follow", "new quotes by someone, or articles with some words: /follow Putin"),
    BotCommand("following", "what this chat follows"),
    BotCommand("unfollow", "stop following: /unfollow Putin"),
    BotCommand("stats", "what I know about"),
    BotCommand("help", "what I can answer"),
]
# The same menu for users whose Telegram is in Russian (questions in Russian get Russian
# answers: handlers/phrases.py).
COMMANDS_RU = [
    BotCommand("quote", "кто сказал эти слова, или цитаты человека: /quote Лавров"),
    BotCommand("latest", "последние статьи: /latest 5"),
    BotCommand("search", "статьи о чём-то: /search посольства"),
    BotCommand("follow", "новые цитаты человека или статьи с этими словами: /follow Лавров"),
    BotCommand("following", "что отслеживает этот чат"),
    BotCommand("unfollow", "перестать отслеживать: /unfollow Лавров"),
    BotCommand("stats", "что я прочитал"),
    BotCommand("help", "на что я отвечаю"),
]

# Exit codes of `newsbot run` when Telegram cannot be used.
UNREACHABLE = 1
TOKEN_REJECTED = 2

NO_TOKEN = """\
No TELEGRAM_BOT_TOKEN is set, so the Telegram bot cannot start.
To get a token: open Telegram, talk to @BotFather, send /newbot and follow its questions;
then put the token in .env as TELEGRAM_BOT_TOKEN=... and run `make run` again.
For inline mode also send /setinline to @BotFather.
Meanwhile, here is the local console: the same answers, typed here.
"""


def build_application(
    settings: Settings,
    db: Database,
    *,
    rate_limiter: AIORateLimiter | None = None,
    fetcher: Fetcher = fetch,
) -> BotApplication:
    """The bot with every handler registered and the live-news job scheduled.

    `rate_limiter` is for benchmarks; `fetcher` downloads feeds and pages for /add.
    """
    if not settings.token:
        raise ValueError("build_application needs settings.token")
    # PTB 22 warns inside every RetryAfter it builds unless time periods are timedeltas (its
    # next major default); we never read them as ints, so opt in and keep the logs clean.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    job_queue = JobQueue[BotContext]()
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.base_url)
        .context_types(CONTEXT_TYPES)
        .job_queue(job_queue)
        .rate_limiter(rate_limiter or AIORateLimiter(max_retries=SEND_RETRIES))
        # Answers are quick; overlapping their sends keeps one slow reply from delaying all.
        .concurrent_updates(True)
        .post_init(announce)
        .build()
    )
    state = application.bot_data
    state.db, state.admins, state.fetcher = db, settings.admins, fetcher
    state.feed_interval = timedelta(minutes=settings.feed_interval_minutes)
    sync_config_feeds(db, settings.feeds)

    # Within a group the first handler that matches an update wins, so the commands that are
    # not questions come before the catch-all text handler, which would answer them as such.
    # Edited messages match none of these: an edited question is not asked again.
    message = filters.UpdateType.MESSAGE
    application.add_handlers(
        [
            CommandHandler("follow", follows.follow, filters=message),
            CommandHandler("unfollow", follows.unfollow, filters=message),
            CommandHandler("following", follows.following, filters=message),
            CommandHandler("add", admin.add, filters=message),
            CommandHandler("feeds", admin.feeds, filters=message),
            CommandHandler("unfeed", admin.unfeed, filters=message),
            MessageHandler(filters.StatusUpdate.MIGRATE, follows.migrate),
            ChatMemberHandler(follows.membership, ChatMemberHandler.MY_CHAT_MEMBER),
            MessageHandler(filters.TEXT & message, answer_message),  # every question
            CallbackQueryHandler(more_pages, pattern=MORE_PATTERN),
            InlineQueryHandler(inline_quotes),
        ]
    )
    application.add_error_handler(report_error)
    schedule_live_news(job_queue, state.feed_interval)
    return application


async def announce(application: BotApplication) -> None:
    """Register the command list with Telegram once the bot knows who it is."""
    await application.bot.set_my_commands(COMMANDS)
    await application.bot.set_my_commands(COMMANDS_RU, language_code="ru")
    logger.info("Serving Telegram as @%s", application.bot.username)


@dataclass(frozen=True)
class StartFailure:
    """Why the bot cannot use Telegram: the one line for the user, and the exit code."""

    line: str
    exit_code: int


def run_bot(settings: Settings, db: Database) -> int:
    """Serve Telegram until SIGINT/SIGTERM (exit code 0); with no token, the local console."""
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        from bot.console import chat

        return chat(db, stdin=sys.stdin, out=sys.stdout)
    application = build_application(settings, db)
    # run_polling/run_webhook run on the current event loop; give them a fresh one.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    failure = loop.run_until_complete(meet_telegram(application.bot, settings))
    if failure is None:
        failure = serve(application, settings)  # run_polling closes the loop when it ends
    else:
        loop.close()
    if failure is not None:
        print(failure.line, file=sys.stderr)
        return failure.exit_code
    return 0


async def meet_telegram(bot: Bot, settings: Settings) -> StartFailure | None:
    """Ask Telegram who the bot is (getMe) before PTB does; why that failed, if it did.

    PTB's own first getMe logs a failure with the library's traceback, which buries the one
    line that says what to do. Initialised here, the bot is not asked again by PTB.
    """
    try:
        await bot.initialize()
    except (InvalidToken, NetworkError) as error:
        await bot.shutdown()
        return start_failure(error, settings)
    return None


def start_failure(error: InvalidToken | NetworkError, settings: Settings) -> StartFailure:
    """The one line (never the token) and exit code for Telegram refusing or not answering."""
    if isinstance(error, InvalidToken):
        line = "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather"
        return StartFailure(line, TOKEN_REJECTED)
    reason = str(error)
    token = settings.token or ""
    for secret in (token, token.partition(":")[2]):  # the key half leaks alone, too
        if secret:
            reason = reason.replace(secret, "[REDACTED]")
    line = f"newsbot: cannot reach the Bot API at {settings.base_url}: {reason}"
    return StartFailure(line, UNREACHABLE)


def serve(application: BotApplication, settings: Settings) -> StartFailure | None:
    """Poll Telegram for updates, or receive them on the webhook when one is configured."""
    try:
        if settings.webhook_url:
            serve_webhook(application, settings)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except (InvalidToken, NetworkError) as error:
        # Telegram went away between our getMe and PTB's next bootstrap call (deleteWebhook):
        # rare, and PTB has logged it with its traceback; we still end with the one line.
        return start_failure(error, settings)
    return None


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
