"""What every callback shares: `BotState` in `application.bot_data`, typed through PTB's
`ContextTypes` so a callback reads `context.bot_data.db` with no string keys and no casts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlite_utils import Database
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot, JobQueue

from bot.telegram.fairness import QuestionBudget
from store.ingest.fetch import Fetcher


@dataclass(eq=False)
class BotState:
    """The open database, the settings the callbacks read, and what they remember.

    PTB makes this with no arguments when it builds the Application (ContextTypes requires
    that); `build_application` then sets the first four fields, before any update arrives.
    They have no defaults on purpose: one read too early fails loudly instead of meaning
    "no admins" or "an empty database".
    """

    db: Database = field(init=False)
    admins: frozenset[int] = field(init=False)  # Telegram user ids allowed /add, /feeds, /unfeed
    feed_interval: timedelta = field(init=False)  # how often a feed is polled
    fetcher: Fetcher = field(init=False)  # how feeds and pages are downloaded
    # Questions too long to travel in a "More" button's 64 bytes of callback data, by key.
    paged: dict[str, str] = field(default_factory=dict)
    # (chat, message) of the "More" buttons already pressed, so a double tap sends one page.
    pressed: dict[tuple[int, int], None] = field(default_factory=dict)
    # How many questions each user and group may ask: one flooder must not starve the rest.
    budget: QuestionBudget = field(default_factory=QuestionBudget)
    # Questions are answered in a worker thread so the loop keeps sending meanwhile; the flood
    # benchmark turns this off to measure the old way (answering on the event loop).
    answer_in_thread: bool = True


BotContext = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotState]
BotApplication = Application[
    ExtBot[Any], BotContext, dict[Any, Any], dict[Any, Any], BotState, JobQueue[BotContext]
]
CONTEXT_TYPES = ContextTypes(bot_data=BotState)
