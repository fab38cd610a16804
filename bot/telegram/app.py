"""The Telegram bot process: the python-telegram-bot `Application`, every handler it has, and
how it runs."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import sys
import threading
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from datetime import timedelta
from http import HTTPStatus
from typing import Any

from sqlite_utils import Database
from telegram import Bot, BotCommand
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    InlineQueryHandler,
    JobQueue,
    MessageHandler,
    filters,
)

from bot.config import Settings
from bot.logs import redact
from bot.telegram import admin, follows
from bot.telegram.answers import (
    MORE_PATTERN,
    answer_message,
    inline_quotes,
    more_pages,
    report_error,
    stale_button,
)
from bot.telegram.errors import WebhookSettingError
from bot.telegram.jobs import schedule_live_news
from bot.telegram.limiter import ChatRateLimiter
from bot.telegram.polling import PollingRequest, PollOutage, PollWatch, polling_updates
from bot.telegram.running import serve_until_stopped
from bot.telegram.shutdown import NewsbotApplication
from bot.telegram.state import CONTEXT_TYPES, BotApplication, BotContext
from store.ingest.fetch import Fetcher, HttpFetcher
from store.live.feeds import sync_config_feeds

logger = logging.getLogger(__name__)

# How often PTB's own AIORateLimiter (the benchmarks' baseline) resends after a 429 RetryAfter;
# ours (ChatRateLimiter) waits out each chat's 429s up to a time limit instead.
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
BAD_SETTING = 2  # as for every setting `newsbot` cannot use

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
    rate_limiter: BaseRateLimiter[Any] | None = None,
    fetcher: Fetcher | None = None,
    watch: PollWatch | None = None,
) -> BotApplication:
    """The bot with every handler registered and the live-news job scheduled.

    `rate_limiter` is for benchmarks; `fetcher` downloads feeds and pages for /add (by
    default an HttpFetcher with the settings' allow-list and size limit); `watch` times
    failing polls and stops the application when they have failed too long.
    """
    if not settings.token:
        raise ValueError("build_application needs settings.token")
    # PTB 22 warns inside every RetryAfter it builds unless time periods are timedeltas (its
    # next major default); we never read them as ints, so opt in and keep the logs clean.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    watch = watch or PollWatch(settings.poll_give_up_seconds)
    job_queue = JobQueue[BotContext]()
    stopping = threading.Event()  # set when the bot stops: fetches in progress give up
    application = (
        ApplicationBuilder()
        .application_class(NewsbotApplication, {"stopping": stopping})
        .token(settings.token)
        .base_url(settings.base_url)
        .context_types(CONTEXT_TYPES)
        .job_queue(job_queue)
        .rate_limiter(rate_limiter or ChatRateLimiter())  # a 429 pauses its own chat only
        # Answers are quick; overlapping their sends keeps one slow reply from delaying all.
        .concurrent_updates(True)
        .post_init(announce)
        .get_updates_request(PollingRequest(watch))
        .build()
    )
    state = application.bot_data
    state.db, state.admins = db, settings.admins
    state.fetcher = fetcher or HttpFetcher(
        allow=settings.fetch_allow, max_bytes=settings.fetch_max_bytes, stop=stopping
    )
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
            CallbackQueryHandler(stale_button),  # any other button: stop the client's spinner
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
    watch = PollWatch(settings.poll_give_up_seconds)
    application = build_application(settings, db, watch=watch)
    # meet_telegram and serve run on the current event loop; give them a fresh one.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    failure = loop.run_until_complete(meet_telegram(application.bot, settings))
    if failure is None:
        failure = serve(application, settings, watch)  # which closes the loop
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
    line = f"newsbot: cannot reach the Bot API at {settings.base_url}: {error}"
    return StartFailure(without_token(line, settings), UNREACHABLE)


def poll_failure(outage: PollOutage, settings: Settings) -> StartFailure:
    """The one line (never the token) and exit code for polling that failed too long."""
    seconds = round(outage.seconds)
    if outage.status == HTTPStatus.UNAUTHORIZED:  # the token was revoked while we ran
        line = (
            f"newsbot: Telegram rejected TELEGRAM_BOT_TOKEN while polling, for {seconds} s; "
            "check it with @BotFather"
        )
        return StartFailure(line, TOKEN_REJECTED)
    line = (
        f"newsbot: cannot reach the Bot API at {settings.base_url}: polling failed for "
        f"{seconds} s (NEWSBOT_POLL_GIVE_UP_SECONDS), last: {outage.reason}"
    )
    return StartFailure(without_token(line, settings), UNREACHABLE)


def without_token(text: str, settings: Settings) -> str:
    """text with the token, and the key half that leaks alone, redacted."""
    token = settings.token or ""
    for secret in (token, token.partition(":")[2]):
        if secret:
            text = text.replace(secret, "[REDACTED]")
    return text


def serve(application: BotApplication, settings: Settings, watch: PollWatch) -> StartFailure | None:
    """Poll Telegram for updates, or receive them on the webhook when one is configured, until
    SIGINT/SIGTERM or polling has failed for too long; then close the event loop."""
    stopping = asyncio.Event()
    watch.stop = stopping.set
    loop = asyncio.get_event_loop()
    try:
        if settings.webhook_url:
            updates = webhook(application, settings)
        else:
            updates = polling_updates(application, watch)
        loop.run_until_complete(serve_until_stopped(application, updates, stopping))
    except WebhookSettingError as error:
        # The webhook URL may hold the token (PTB puts it in the path by default).
        return StartFailure(without_token(f"newsbot: {error}", settings), BAD_SETTING)
    except (InvalidToken, NetworkError) as error:
        # Telegram went away between our getMe and the next call (deleteWebhook, setWebhook).
        return start_failure(error, settings)
    finally:
        loop.close()
    return poll_failure(watch.outage, settings) if watch.outage is not None else None


def webhook(application: BotApplication, settings: Settings) -> AbstractAsyncContextManager[None]:
    """Updates over HTTPS (behind a reverse proxy) instead of polling."""
    try:
        from bot.telegram.webhook import webhook_updates  # tornado, of the `webhooks` extra
    except ImportError:
        raise WebhookSettingError(
            "NEWSBOT_WEBHOOK_URL: webhook mode needs the webhooks extra "
            "(pip install 'newsbot[webhooks]')"
        ) from None
    url = settings.webhook_url or ""
    # Telegram sends this secret with every update, so forged posts to the URL are refused.
    secret = settings.webhook_secret or secrets.token_urlsafe(32)
    redact(secret)  # PTB logs setWebhook's parameters at DEBUG
    return webhook_updates(
        application,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url=url,
        secret=secret,
    )
