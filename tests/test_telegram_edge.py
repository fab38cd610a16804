"""The Telegram edge as built: which handler takes which update, the shared state, and the one
line `newsbot run` prints when Telegram cannot be used. No network: an Application is built,
never started."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlite_utils import Database
from telegram.error import InvalidToken, NetworkError, TimedOut
from telegram.ext import BaseHandler, CommandHandler, MessageHandler

from bot.config import Settings
from bot.telegram.app import (
    COMMANDS,
    TOKEN_REJECTED,
    UNREACHABLE,
    StartFailure,
    build_application,
    start_failure,
)
from bot.telegram.state import BotApplication, BotState

TOKEN = "123456789:AAFakeTokenForTestsOnly-xyz"
BASE_URL = "http://127.0.0.1:9/bot"


@pytest.fixture
def application(fresh_db: Database) -> BotApplication:
    settings = Settings(
        token=TOKEN, base_url=BASE_URL, admins=frozenset({42}), feed_interval_minutes=5
    )
    return build_application(settings, fresh_db)


def handlers(application: BotApplication) -> list[BaseHandler[Any, Any, Any]]:
    """Every handler, in the order PTB tries them."""
    return [
        handler for group in sorted(application.handlers) for handler in application.handlers[group]
    ]


def test_commands_that_are_not_questions_come_before_the_catch_all(
    application: BotApplication,
) -> None:
    # The first handler that matches wins: after the catch-all, /follow would be a question.
    order = handlers(application)
    [catch_all] = [
        h
        for h in order
        if isinstance(h, MessageHandler) and h.callback.__name__ == "answer_message"
    ]
    commands = {
        name: order.index(handler)
        for handler in order
        if isinstance(handler, CommandHandler)
        for name in handler.commands
    }
    assert set(commands) == {"follow", "unfollow", "following", "add", "feeds", "unfeed"}
    assert max(commands.values()) < order.index(catch_all)


def test_every_command_in_the_menu_has_a_handler_or_is_a_question(
    application: BotApplication,
) -> None:
    answered_as_questions = {"quote", "latest", "search", "stats", "help"}  # handlers.answer
    handled = {
        name for h in handlers(application) if isinstance(h, CommandHandler) for name in h.commands
    }
    assert {command.command for command in COMMANDS} <= handled | answered_as_questions


def test_shared_state_is_typed_and_set_before_any_update(
    application: BotApplication, fresh_db: Database
) -> None:
    state = application.bot_data
    assert isinstance(state, BotState)
    assert state.db is fresh_db
    assert state.admins == frozenset({42})
    assert state.feed_interval == timedelta(minutes=5)
    assert state.paged == {} and state.pressed == {}


def test_state_read_before_it_is_set_fails_loudly() -> None:
    # What PTB makes with no arguments: no database and no admins it could quietly mean.
    with pytest.raises(AttributeError):
        BotState().db  # noqa: B018
    with pytest.raises(AttributeError):
        BotState().admins  # noqa: B018


def test_the_live_news_job_is_scheduled(application: BotApplication) -> None:
    assert application.job_queue is not None
    assert [job.name for job in application.job_queue.jobs()] == ["live_news"]


def _refused_connection() -> NetworkError:
    error = NetworkError("httpx.ConnectError: All connection attempts failed")
    error.__cause__ = httpx.ConnectError("All connection attempts failed")
    return error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            InvalidToken(f"The token `{TOKEN}` was rejected by the server."),
            StartFailure(
                "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather",
                TOKEN_REJECTED,
            ),
        ),
        (
            _refused_connection(),
            StartFailure(
                f"newsbot: cannot reach the Bot API at {BASE_URL}: "
                "httpx.ConnectError: All connection attempts failed",
                UNREACHABLE,
            ),
        ),
        # Messages that quote the URL quote the token; its secret half may appear alone.
        (
            TimedOut(f"Timed out calling {BASE_URL}{TOKEN}/getMe"),
            StartFailure(
                f"newsbot: cannot reach the Bot API at {BASE_URL}: "
                f"Timed out calling {BASE_URL}[REDACTED]/getMe",
                UNREACHABLE,
            ),
        ),
        (
            NetworkError("bad request to /bot123456789%3AAAFakeTokenForTestsOnly-xyz/getMe"),
            StartFailure(
                f"newsbot: cannot reach the Bot API at {BASE_URL}: "
                "bad request to /bot123456789%3A[REDACTED]/getMe",
                UNREACHABLE,
            ),
        ),
    ],
    ids=["rejected", "refused", "timed out", "key half alone"],
)
def test_start_failure_is_one_line_without_the_token(
    error: InvalidToken | NetworkError, expected: StartFailure
) -> None:
    failure = start_failure(error, Settings(token=TOKEN, base_url=BASE_URL))
    assert failure == expected
    assert "\n" not in failure.line
