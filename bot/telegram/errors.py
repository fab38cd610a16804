"""Errors at the Telegram edge: the one for a webhook setting that cannot be used, and what
the error log says about an update (ids and kinds, never what people wrote).

A failed update is logged at ERROR in every deployment; the text of a message, who sent it
and a private chat's id (the user's own) are left out unless the log level is DEBUG.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType


class WebhookSettingError(Exception):
    """A webhook setting that Telegram or the system refuses (the message names the setting)."""


def describe_update(update: object) -> str:
    """ "17 (message in a supergroup chat -1001)": the update's id, kind and chat kind."""
    if not isinstance(update, Update):
        # A job's error comes with no update; anything else is told by its type alone.
        return "none" if update is None else f"of type {type(update).__name__}"
    kind = next((kind for kind in Update.ALL_TYPES if getattr(update, kind, None)), "unknown")
    chat = update.effective_chat
    if chat is None:  # an inline query, a poll answer
        return f"{update.update_id} ({kind})"
    # A private chat's id is the user's; a group's names no one.
    where = "" if chat.type == ChatType.PRIVATE else f" {chat.id}"
    return f"{update.update_id} ({kind} in a {chat.type} chat{where})"
