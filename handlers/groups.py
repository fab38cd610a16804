"""When a message is addressed to the bot, and what it asks: plain rules, no Telegram types.

In a private chat every text message is a question. In a group (where privacy mode means
Telegram only delivers some messages anyway) the bot answers commands meant for it, messages
that mention it, and replies to its own messages; it stays silent about everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "/name", "/name@SomeBot", then optional arguments; "/path/to/file" is not a command.
_COMMAND = re.compile(
    r"/(?P<name>[A-Za-z0-9_]+)(?:@(?P<target>[A-Za-z0-9_]+))?(?:\s+(?P<rest>.*))?", re.DOTALL
)
# Unicode's bidirectional controls: embeddings and overrides (U+202A-U+202E), isolates
# (U+2066-U+2069) and the marks (U+200E, U+200F, U+061C). Echoed inside our reply, a
# right-to-left override in a question reverses the rest of the bot's sentence.
_BIDI_CONTROLS = dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C]
)


@dataclass(frozen=True)
class Incoming:
    """What the addressing rules need to know about one text message."""

    text: str
    private: bool  # a one-to-one chat with the bot
    reply_to_bot: bool = False  # an explicit reply to one of this bot's messages
    replied_text: str | None = None  # text of the message it explicitly replies to
    via_this_bot: bool = False  # posted through this bot's inline mode


@dataclass(frozen=True)
class Command:
    """A parsed /command."""

    name: str
    target: str | None  # the bot named in "/name@target", if any
    args: str


def parse_command(text: str) -> Command | None:
    """The command a message starts with, or None for plain text."""
    match = _COMMAND.fullmatch(text.strip())
    if match is None:
        return None
    return Command(match["name"], match["target"], (match["rest"] or "").strip())


def mentions(text: str, username: str) -> bool:
    """Whether the text mentions @username (Telegram usernames ignore case)."""
    return _mention(username).search(text) is not None


def strip_mention(text: str, username: str) -> str:
    """The text without @username, spaces tidied."""
    return " ".join(_mention(username).sub(" ", text).split())


def strip_bidi(text: str) -> str:
    """The text without bidirectional control characters, so echoing it cannot reorder ours."""
    return text.translate(_BIDI_CONTROLS)


def question_for(message: Incoming, username: str) -> str | None:
    """The question a message asks this bot, or None when the bot should stay silent.

    Bidi controls are dropped: the question is echoed in replies ("No quotes match ...").
    """
    question = _question_for(message, username)
    return strip_bidi(question) if question is not None else None


def _question_for(message: Incoming, username: str) -> str | None:
    if message.via_this_bot:
        return None  # our own inline result, posted by a user: not a question
    command = parse_command(message.text)
    if command is not None:
        if command.target is not None and command.target.lower() != username.lower():
            return None  # meant for another bot
        if command.name.lower() == "quote" and not command.args and message.replied_text:
            # /quote as a reply: who said the words of the replied-to message?
            return f"/quote {' '.join(message.replied_text.split())}"
        return f"/{command.name} {command.args}".strip()
    if message.private or message.reply_to_bot or mentions(message.text, username):
        return strip_mention(message.text, username) or "/help"
    return None


def _mention(username: str) -> re.Pattern[str]:
    # A comma or colon right after the name belongs to the address ("@Bot, who said...").
    return re.compile(rf"(?<![\w@])@{re.escape(username)}\b[,:]?", re.IGNORECASE)
