"""Settings from .env and the environment; logging that never prints the token."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.config import DEFAULT_BASE_URL, ConfigError, load_settings, settings_from
from bot.logs import RedactSecrets


def test_defaults_when_nothing_is_set() -> None:
    settings = settings_from({})
    assert (settings.token, settings.base_url, settings.db_path) == (
        None,
        DEFAULT_BASE_URL,
        "newsbot.db",
    )
    assert settings.admins == frozenset() and settings.feeds == ()


def test_environment_wins_over_dotenv(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("TELEGRAM_BOT_TOKEN=from-file\nNEWSBOT_DB=file.db\nNEWSBOT_ADMINS=1, 2\n")
    settings = load_settings(env, environ={"NEWSBOT_DB": "env.db"})
    assert (settings.token, settings.db_path, settings.admins) == (
        "from-file",
        "env.db",
        frozenset({1, 2}),
    )


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"NEWSBOT_ADMINS": "12,bob"}, "'bob' is not a Telegram user id"),
        ({"NEWSBOT_FEED_INTERVAL": "soon"}, "not a number"),
        ({"NEWSBOT_FEED_INTERVAL": "-1"}, "must be a positive number"),
        ({"NEWSBOT_FEED_INTERVAL": "0"}, "must be a positive number"),
        # float() reads these, but no schedule can use them.
        ({"NEWSBOT_FEED_INTERVAL": "nan"}, "must be a positive number"),
        ({"NEWSBOT_FEED_INTERVAL": "inf"}, "must be a positive number"),
        ({"NEWSBOT_ADMINS": "x"}, "'x' is not a Telegram user id"),
        ({"NEWSBOT_ADMINS": "-100123"}, "'-100123' is not a Telegram user id"),  # a group
        ({"NEWSBOT_WEBHOOK_PORT": "inf"}, "not a port number"),
        ({"NEWSBOT_WEBHOOK_PORT": "99999"}, "not a port number"),
        ({"NEWSBOT_WEBHOOK_PORT": "84.5"}, "not a port number"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL: 'loud' is not one of DEBUG"),
        ({"NEWSBOT_FEEDS": "http://a/rss, example.com/rss"}, "'example.com/rss' is not an http"),
    ],
)
def test_bad_values_are_named(values: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        settings_from(values)


def test_good_values_are_read() -> None:
    settings = settings_from(
        {"NEWSBOT_WEBHOOK_PORT": "8080", "LOG_LEVEL": "debug", "NEWSBOT_FEED_INTERVAL": "0.5"}
    )
    assert (settings.webhook_port, settings.log_level, settings.feed_interval_minutes) == (
        8080,
        "DEBUG",
        0.5,
    )


def test_a_dotenv_that_is_not_utf8_is_one_clear_error(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_bytes(b"NEWSBOT_DB=caf\xe9.db\n")
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_settings(env, environ={})


def test_feeds_are_split_on_commas() -> None:
    assert settings_from({"NEWSBOT_FEEDS": "http://a/rss, http://b/atom,"}).feeds == (
        "http://a/rss",
        "http://b/atom",
    )


def test_token_is_redacted_from_messages_and_tracebacks() -> None:
    token = "123456:SECRET-token"
    record = logging.LogRecord(
        "httpx", logging.INFO, "f", 1, "POST %s", (f"https://x/bot{token}/getMe",), None
    )
    try:
        raise RuntimeError(f"failed https://x/bot{token}/sendMessage")
    except RuntimeError:
        import sys

        failing = logging.LogRecord("bot", logging.ERROR, "f", 1, "boom", None, sys.exc_info())
    redact = RedactSecrets([token])
    assert redact.filter(record) and redact.filter(failing)
    assert token not in record.getMessage() and "[REDACTED]" in record.getMessage()
    assert token not in (failing.exc_text or "") and "[REDACTED]" in (failing.exc_text or "")


@pytest.mark.parametrize(
    "leaked",
    [
        "https://x/bot123456%3ASECRET-token/getMe",  # the colon percent-encoded
        "token secret part: SECRET-token",  # the secret half on its own
    ],
)
def test_the_secret_half_of_the_token_is_redacted_too(leaked: str) -> None:
    record = logging.LogRecord("httpx", logging.INFO, "f", 1, "%s", (leaked,), None)
    RedactSecrets(["123456:SECRET-token"]).filter(record)
    assert "SECRET-token" not in record.getMessage()
