"""Settings, read once from the environment and `.env` (the real environment wins)."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

from store.ingest.addresses import NOTHING_ALLOWED, AllowList, AllowListError

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DB_PATH = "newsbot.db"  # in the working folder; created and seeded on first use


class ConfigError(Exception):
    """A setting has a value we cannot use."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable, in one place."""

    token: str | None = None
    base_url: str = DEFAULT_BASE_URL
    db_path: str = DEFAULT_DB_PATH
    admins: frozenset[int] = frozenset()
    log_level: str = "INFO"
    feeds: tuple[str, ...] = ()
    feed_interval_minutes: float = 15.0
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = None
    # How long getUpdates may keep failing (a restarting proxy or local Bot API server) before
    # `newsbot run` gives up and exits non-zero, so a supervisor can restart it.
    poll_give_up_seconds: float = 300.0
    # Internal destinations /add and feeds may be fetched from (none: public addresses only).
    fetch_allow: AllowList = NOTHING_ALLOWED
    fetch_max_mib: float = 5.0  # the largest page or feed downloaded

    @property
    def fetch_max_bytes(self) -> int:
        return int(self.fetch_max_mib * 1024 * 1024)


def load_settings(
    env_file: str | Path | None = ".env", environ: Mapping[str, str] | None = None
) -> Settings:
    """Settings from `.env` overlaid by the process environment."""
    values: dict[str, str | None] = {}
    if env_file is not None and Path(env_file).is_file():
        try:
            values.update(dotenv_values(env_file, encoding="utf-8"))
        except UnicodeDecodeError:
            raise ConfigError(f"{env_file}: not UTF-8 text") from None
        except OSError as error:
            raise ConfigError(f"{env_file}: cannot read: {error.strerror}") from None
    values.update(os.environ if environ is None else environ)
    return settings_from(values)


def settings_from(values: Mapping[str, str | None]) -> Settings:
    """Settings from a mapping of variable names to values."""

    def get(name: str) -> str | None:
        value = values.get(name)
        return value.strip() if value and value.strip() else None

    return Settings(
        token=get("TELEGRAM_BOT_TOKEN"),
        base_url=get("TELEGRAM_BASE_URL") or DEFAULT_BASE_URL,
        db_path=get("NEWSBOT_DB") or DEFAULT_DB_PATH,
        admins=_user_ids(get("NEWSBOT_ADMINS")),
        log_level=_log_level(get("LOG_LEVEL")),
        feeds=_feed_urls(get("NEWSBOT_FEEDS")),
        feed_interval_minutes=_positive_number(
            "NEWSBOT_FEED_INTERVAL", get("NEWSBOT_FEED_INTERVAL"), 15.0
        ),
        webhook_url=get("NEWSBOT_WEBHOOK_URL"),
        webhook_listen=get("NEWSBOT_WEBHOOK_LISTEN") or "127.0.0.1",
        webhook_port=_port("NEWSBOT_WEBHOOK_PORT", get("NEWSBOT_WEBHOOK_PORT"), 8443),
        webhook_secret=get("NEWSBOT_WEBHOOK_SECRET"),
        poll_give_up_seconds=_positive_number(
            "NEWSBOT_POLL_GIVE_UP_SECONDS", get("NEWSBOT_POLL_GIVE_UP_SECONDS"), 300.0
        ),
        fetch_allow=_allow_list(get("NEWSBOT_FETCH_ALLOW")),
        fetch_max_mib=_positive_number("NEWSBOT_FETCH_MAX_MIB", get("NEWSBOT_FETCH_MAX_MIB"), 5.0),
    )


def _user_ids(raw: str | None) -> frozenset[int]:
    ids = set()
    for part in (raw or "").split(","):
        if part.strip():
            try:
                user_id = int(part)
            except ValueError:
                user_id = 0
            if user_id <= 0:  # user ids are positive; negative ones are groups
                raise ConfigError(f"NEWSBOT_ADMINS: {part.strip()!r} is not a Telegram user id")
            ids.add(user_id)
    return frozenset(ids)


_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def _log_level(raw: str | None) -> str:
    level = (raw or "INFO").upper()
    if level not in _LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL: {raw!r} is not one of {', '.join(_LOG_LEVELS)}")
    return level


def _feed_urls(raw: str | None) -> tuple[str, ...]:
    urls = tuple(url.strip() for url in (raw or "").split(",") if url.strip())
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise ConfigError(f"NEWSBOT_FEEDS: {url!r} is not an http:// or https:// URL")
    return urls


def _port(name: str, raw: str | None, default: int) -> int:
    if raw is None:
        return default
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise ConfigError(f"{name}: {raw!r} is not a port number (1-65535)")
    return int(raw)


def _positive_number(name: str, raw: str | None, default: float) -> float:
    if raw is None:
        return default
    try:
        number = float(raw)
    except ValueError:
        raise ConfigError(f"{name}: {raw!r} is not a number") from None
    if not math.isfinite(number) or number <= 0:
        raise ConfigError(f"{name} must be a positive number, got {raw}")
    return number


def _allow_list(raw: str | None) -> AllowList:
    try:
        return AllowList.parse((raw or "").split(","))
    except AllowListError as error:
        raise ConfigError(f"NEWSBOT_FETCH_ALLOW: {error}") from None
