"""A tiny fake Telegram Bot API server on 127.0.0.1, and the real bot polling it: for the
end-to-end tests and the load benchmark.

python-telegram-bot sends `POST {base_url}{token}/{method}` with form fields (JSON-encoded where
the value is not a string) and expects `{"ok": true, "result": ...}`. This server queues the
updates a test writes, long-polls them out through `getUpdates` (honouring `offset`, `limit` and
`timeout`), records every method call with its fields, answers `sendMessage` with a real-looking
message, and fails the next calls of a method on request (429 with retry_after, a 500, or
DROP: carried out, then the connection closed without an answer), or every call of a method
for a while (`fail_for`: a 401 or 404 from a restarting proxy, RESET connections).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import itertools
import json
import math
import os
import signal
import socket
import ssl
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from sqlite_utils import Database
from telegram import Update
from telegram.ext import BaseRateLimiter

from bot.config import Settings
from bot.telegram.app import build_application
from bot.telegram.fairness import Rate, TokenBucket
from bot.telegram.state import BotState
from bot.telegram.worker import database_file
from store.db import open_db

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAFakeTokenForTestsOnly-xyz"
BOT_ID = 123456789
USERNAME = "NewsQuoteBot"
JSON = dict[str, Any]
READER: JSON = {"id": 4242, "is_bot": False, "first_name": "Reader", "username": "reader"}
OTHER_READER: JSON = {"id": 4343, "is_bot": False, "first_name": "Other"}
# What Telegram puts in `from` for a group's anonymous admins and for posts as a channel.
ANONYMOUS_ADMIN: JSON = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
CHANNEL_BOT: JSON = {
    "id": 136817688,
    "is_bot": True,
    "first_name": "Channel",
    "username": "Channel_Bot",
}

# A "status" for fail_next: the call is carried out (a message is delivered), then the
# connection closes with no answer, as when a network fails after the request went out.
DROP = 0
# A "status" for fail_for: the connection closes before anything is carried out, as when a
# proxy or a local Bot API server in front of Telegram restarts.
RESET = -1


class RawAnswer(dict[str, Any]):
    """An answer sent as these bytes instead of as JSON (a proxy's HTML page, garbage); the
    dict is what the call is recorded as having answered (see FaultyBotApi)."""

    def __init__(self, body: bytes, **recorded: Any) -> None:
        super().__init__(recorded)
        self.body = body


@dataclass
class Call:
    """One request the bot made."""

    method: str
    fields: JSON  # form fields; JSON objects and lists decoded, everything else a string
    status: int = 200  # the HTTP status the fake answered with
    result: Any = None  # what it answered, when status is 200
    at: float = field(default_factory=time.perf_counter)

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.fields.get(name, default)


# What getChatMember adds to status and user, by status (PTB requires these).
_RIGHTS = "manage_chat delete_messages manage_video_chats restrict_members promote_members "
_RIGHTS += "change_info invite_users post_stories edit_stories delete_stories"
_MEMBER_FIELDS: dict[str, JSON] = {
    "creator": {"is_anonymous": False},
    "administrator": {
        **{f"can_{right}": True for right in _RIGHTS.split()},
        "can_be_edited": False,
        "is_anonymous": False,
    },
    "kicked": {"until_date": 0},
}

# What Telegram says with a failing status, where the bot reads the words.
_DESCRIPTIONS = {
    400: "Bad Request: message thread not found",
    401: "Unauthorized",
    404: "Not Found",
}


@dataclass(frozen=True)
class Outage:
    """A method answering one status until a moment (see FakeBotApi.fail_for)."""

    status: int
    until: float  # time.monotonic()
    description: str | None = None


def private_chat(chat_id: int) -> JSON:
    return {"id": chat_id, "type": "private", "first_name": "Reader"}


def group_chat(chat_id: int, *, forum: bool = False) -> JSON:
    return {"id": chat_id, "type": "supergroup", "title": "News fans", "is_forum": forum}


class FakeBotApi:
    """The fake server; use as a context manager, or `start()` and `close()`."""

    def __init__(self, token: str = TOKEN, username: str = USERNAME) -> None:
        self.token, self.username = token, username
        self.bot_user = {"id": BOT_ID, "is_bot": True, "first_name": "News", "username": username}
        self.calls: list[Call] = []
        self.said_at: dict[int, float] = {}  # message_id -> when `say` queued it
        self.on_call: Callable[[Call], None] | None = None  # runs in the server thread
        self._updates: list[JSON] = []
        self._failures: dict[str, list[int]] = {}
        self._outages: dict[str, Outage] = {}
        self.outage_calls = 0  # calls answered by an outage (getUpdates ones are not in calls)
        # (method, chat_id) -> (status, retry_after) for the next calls to that chat only.
        self._chat_failures: dict[tuple[str, int | None], list[tuple[int, int]]] = {}
        self._members: dict[tuple[int, int], str] = {}  # (chat, user) -> getChatMember status
        self._chats: dict[int, JSON] = {}
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._changed = threading.Condition()
        self._closed = False
        self._server = _QuietServer(("127.0.0.1", 0), self._handler_class())
        # A short poll interval: shutdown() waits for one, and every test shuts a server down.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """The value for TELEGRAM_BASE_URL."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def start(self) -> FakeBotApi:
        self._thread.start()
        return self

    def close(self) -> None:
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeBotApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what a test does -------------------------------------------------------------------

    def add_update(self, **content: Any) -> int:
        """Queue one update (e.g. `message=...`, `inline_query=...`); returns its update_id."""
        with self._changed:
            update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **content})
            self._changed.notify_all()
        return update_id

    def say(
        self,
        chat: JSON,
        text: str,
        *,
        user: JSON = READER,
        reply_to: JSON | None = None,
        quote: str | None = None,
        topic: int | None = None,
        via_bot: JSON | None = None,
        sender_chat: JSON | None = None,
    ) -> JSON:
        """Queue a text message from a user, as Telegram would deliver it; returns the message."""
        message = self._message(chat, text, user)
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if topic is not None:
            message.update(message_thread_id=topic, is_topic_message=True)
            # In a forum topic, a message that replies to nothing replies to the topic's start.
            reply_to = reply_to or {
                "message_id": topic,
                "date": int(time.time()),
                "chat": chat,
                "forum_topic_created": {"name": "Grain", "icon_color": 7322096},
            }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if quote is not None:  # the part of the replied-to message the user selected
            replied = (reply_to or {}).get("text", "")
            message["quote"] = {"text": quote, "position": max(0, replied.find(quote))}
        if via_bot is not None:
            message["via_bot"] = via_bot
        if sender_chat is not None:  # sent anonymously by a group admin, or as a channel
            message["sender_chat"] = sender_chat
        self.said_at[message["message_id"]] = time.perf_counter()
        self.add_update(message=message)
        return message

    def migrate(self, group: JSON, supergroup: JSON, *, user: JSON = READER) -> None:
        """Queue the two service messages Telegram sends when a group becomes a supergroup."""
        moved = self._message(group, "", user)
        del moved["text"]
        self.add_update(message={**moved, "migrate_to_chat_id": supergroup["id"]})
        arrived = self._message(supergroup, "", user)
        del arrived["text"]
        self.add_update(message={**arrived, "migrate_from_chat_id": group["id"]})

    def remove_bot(self, chat: JSON, *, status: str = "kicked", user: JSON = READER) -> int:
        """Queue the my_chat_member update Telegram sends when the bot leaves or is removed."""
        bot = {"user": self.bot_user}
        change = {
            "chat": chat,
            "from": user,
            "date": int(time.time()),
            "old_chat_member": {**bot, "status": "member"},
            "new_chat_member": {**bot, "status": status, "until_date": 0},
        }
        return self.add_update(my_chat_member=change)

    def press(self, message: JSON, data: str, *, user: JSON = READER) -> int:
        """Queue a press on an inline keyboard button of one of the bot's messages."""
        query = {
            "id": f"cb{next(self._update_ids)}",
            "from": user,
            "chat_instance": "ci",
            "data": data,
            "message": message,
        }
        return self.add_update(callback_query=query)

    def inline(self, query: str, *, user: JSON = READER) -> int:
        """Queue an inline query, as typed after @username in any chat."""
        inline_query = {"id": f"iq{next(self._update_ids)}", "from": user, "query": query}
        return self.add_update(inline_query={**inline_query, "offset": ""})

    def fail_next(self, method: str, *statuses: int) -> None:
        """Answer the next calls of method with these HTTP statuses (429, 500, DROP), in order."""
        with self._changed:
            self._failures.setdefault(method, []).extend(statuses)

    def fail_for(
        self,
        method: str,
        status: int,
        seconds: float = math.inf,
        *,
        description: str | None = None,
    ) -> None:
        """Answer every call of method with status (an HTTP status, DROP or RESET) for the
        next `seconds`, then as usual again; description replaces Telegram's usual words."""
        with self._changed:
            until = time.monotonic() + seconds
            self._outages[method] = Outage(status, until, description)
            self._changed.notify_all()  # a long poll waiting now ends, and meets the outage

    def recover(self, method: str) -> None:
        """End an outage of method that fail_for started."""
        with self._changed:
            self._outages.pop(method, None)

    def fail_next_in(self, chat_id: int, method: str, *statuses: int, retry_after: int = 1) -> None:
        """Like fail_next, for calls about one chat only; a 429 asks to wait retry_after s."""
        with self._changed:
            queued = self._chat_failures.setdefault((method, chat_id), [])
            queued.extend((status, retry_after) for status in statuses)

    def set_member(self, chat_id: int, user: JSON, status: str) -> None:
        """What getChatMember answers for user in chat: "creator", "administrator", "member"
        (the default), "left" or "kicked"."""
        with self._changed:
            self._members[(chat_id, int(user["id"]))] = status

    def calls_to(self, method: str) -> list[Call]:
        """Every call of method so far, failed ones included."""
        with self._changed:
            return [call for call in self.calls if call.method == method]

    def done(self, method: str) -> list[Call]:
        """The calls of method that succeeded (for sendMessage: the messages delivered)."""
        return [call for call in self.calls_to(method) if call.status == 200]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """The first `count` successful calls of method, waiting for them up to timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while (
                len(found := [c for c in self.calls if c.method == method and c.status == 200])
                < count
            ):
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [c.method for c in self.calls]
                    raise AssertionError(f"{count} x {method} not called within {timeout}s: {seen}")
                self._changed.wait(left)
            return found[:count]

    def wait_until(self, check: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
        """Wait until check() holds: re-checked after each call the bot makes, and every 20 ms
        for what the bot does without calling us (logging, storing)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not check():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"not within {timeout}s: {what}")
                self._changed.wait(min(left, 0.02))

    def pending(self) -> int:
        """Updates queued but not yet confirmed by a later getUpdates offset."""
        with self._changed:
            return len(self._updates)

    # -- the Bot API --------------------------------------------------------------------------

    def _message(self, chat: JSON, text: str, user: JSON) -> JSON:
        self._chats[chat["id"]] = chat
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }

    def _answer(self, method: str, fields: JSON) -> tuple[int, JSON]:
        description = None
        with self._changed:
            failures = self._failures.get(method)
            status = failures.pop(0) if failures else 200
            retry_after = 1
            chat_failures = self._chat_failures.get((method, _chat_id(fields)))
            if status == 200 and chat_failures:
                status, retry_after = chat_failures.pop(0)
            outage = self._outages.get(method)
            if status == 200 and outage is not None and time.monotonic() < outage.until:
                status, description = outage.status, outage.description
                self.outage_calls += 1
        if status == RESET:
            return status, {}
        if status == 429:
            return status, {
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {retry_after}",
                "parameters": {"retry_after": retry_after},
            }
        if status not in (200, DROP):
            description = description or _DESCRIPTIONS.get(status, "Internal Error")
            return status, {"ok": False, "error_code": status, "description": description}
        return status, {"ok": True, "result": self._result(method, fields)}

    def _result(self, method: str, fields: JSON) -> Any:
        if method == "getMe":
            return self.bot_user
        if method == "getUpdates":
            return self._updates_after(fields)
        if method == "sendMessage":
            chat_id = int(fields["chat_id"])
            chat = self._chats.get(chat_id, private_chat(chat_id))
            message = self._message(chat, fields["text"], self.bot_user)
            if "message_thread_id" in fields:
                message.update(message_thread_id=int(fields["message_thread_id"]))
                message["is_topic_message"] = True
            if "reply_markup" in fields:
                message["reply_markup"] = fields["reply_markup"]
            return message
        if method == "getChatMember":
            return self._member(int(fields["chat_id"]), int(fields["user_id"]))
        return True  # setMyCommands, deleteWebhook, answerCallbackQuery, answerInlineQuery, ...

    def _member(self, chat_id: int, user_id: int) -> JSON:
        with self._changed:
            status = self._members.get((chat_id, user_id), "member")
        user = {"id": user_id, "is_bot": False, "first_name": "Member"}
        return {"status": status, "user": user, **_MEMBER_FIELDS.get(status, {})}

    def _updates_after(self, fields: JSON) -> list[JSON]:
        offset = int(fields.get("offset", 0))
        limit = int(fields.get("limit", 100))
        deadline = time.monotonic() + float(fields.get("timeout", 0))
        with self._changed:
            # Asking from `offset` confirms every update before it: Telegram forgets them.
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while (
                not self._updates
                and not self._closed
                and method_ok(self._outages.get("getUpdates"))
                and time.monotonic() < deadline
            ):
                self._changed.wait(deadline - time.monotonic())
            return self._updates[:limit]

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        if self.on_call is not None:
            self.on_call(call)

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as httpx expects from a real server
            # Headers and body go out in two writes; with Nagle's algorithm the second waits
            # for the client's delayed ACK, adding 40 ms to every call.
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                raw_body = self.rfile.read(length)
                if len(raw_body) < length:  # the bot hung up mid-request: nothing to carry out
                    self.close_connection = True
                    return
                body = raw_body.decode("utf-8")
                _, _, rest = self.path.partition("/bot")
                token, _, method = rest.partition("/")
                if token != api.token:
                    status, answer = (
                        401,
                        {"ok": False, "error_code": 401, "description": "Unauthorized"},
                    )
                else:
                    fields = {name: _decode(value) for name, value in parse_qsl(body)}
                    status, answer = api._answer(method, fields)
                    if method != "getUpdates" and status != RESET:  # polling is noise
                        # A dropped call was carried out: it counts as done.
                        done = 200 if status == DROP else status
                        api._record(Call(method, fields, done, answer.get("result")))
                if status in (DROP, RESET):
                    self.close_connection = True
                    return
                raw = isinstance(answer, RawAnswer)
                data = answer.body if isinstance(answer, RawAnswer) else json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html" if raw else "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                # A long poll the bot gave up on (it is stopping) has nobody left to read it.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        return Handler


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024  # the default 5 drops connections when 100 chats are answered at once

    def handle_error(self, request: Any, client_address: Any) -> None:
        # The bot closing a kept-alive connection (it is stopping) is not an error.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def method_ok(outage: Outage | None) -> bool:
    """Whether a method is out of an outage (a long poll stops waiting when one starts)."""
    return outage is None or time.monotonic() >= outage.until


def _chat_id(fields: JSON) -> int | None:
    """The chat a call is about, when it names one by number."""
    try:
        return int(fields["chat_id"])
    except (KeyError, ValueError):
        return None


def _decode(value: str) -> Any:
    """JSON objects and lists decoded; strings, numbers and booleans stay the raw string."""
    if value.startswith(("{", "[")):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class RunningBot:
    """The real bot `Application` polling a fake server, on its own event loop in a thread."""

    def __init__(
        self,
        api: FakeBotApi,
        db: Database,
        *,
        rate_limiter: BaseRateLimiter[Any] | None = None,
        settings: Settings | None = None,
        tune: Callable[[BotState], None] | None = None,
    ) -> None:
        self.api, self.db, self.rate_limiter = api, db, rate_limiter
        self.tune = tune  # changes the shared state before the first update (budget, clock)
        # Live-news tests pass settings of their own (feeds, interval, admins).
        self.settings = settings or Settings(token=api.token, base_url=api.base_url)
        self.ready = threading.Event()
        self.error: BaseException | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.stop: asyncio.Event | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RunningBot:
        self.thread.start()
        if not self.ready.wait(10):
            raise AssertionError("the bot did not start within 10 s")
        if self.error is not None:
            raise self.error
        return self

    def __exit__(self, *exc: object) -> None:
        if self.loop is not None and self.stop is not None:
            self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(10)
        assert not self.thread.is_alive(), "the bot did not stop within 10 s"
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as error:
            self.error = error
            self.ready.set()

    async def _serve(self) -> None:
        # The bot's own connection to the test's store, as `newsbot run` has one of its own: a
        # test reading the store meanwhile never shares a connection with the bot's thread
        # (sqlite-utils' query() wraps each SELECT in a named savepoint; two threads on one
        # connection release each other's). An in-memory store can only be shared.
        path = database_file(self.db)
        db = open_db(path) if path is not None else self.db
        try:
            await self._serve_on(db)
        finally:
            if db is not self.db:
                db.close()

    async def _serve_on(self, db: Database) -> None:
        # What Application.run_polling does, minus signal handling: the test owns the loop.
        self.loop, self.stop = asyncio.get_running_loop(), asyncio.Event()
        application = build_application(self.settings, db, rate_limiter=self.rate_limiter)
        if self.tune is not None:
            self.tune(application.bot_data)
        assert application.updater is not None and application.post_init is not None
        await application.initialize()
        await application.post_init(application)
        await application.updater.start_polling(
            timeout=dtm.timedelta(seconds=1), allowed_updates=Update.ALL_TYPES
        )
        await application.start()
        self.ready.set()
        await self.stop.wait()
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


def shows_no_token(text: str) -> bool:
    """True when neither the token nor its secret half appears in the text (logs, errors)."""
    return TOKEN not in text and TOKEN.split(":")[1] not in text


def newsbot(tmp_path: Path, api: FakeBotApi, **env: str) -> subprocess.Popen[str]:
    """`newsbot run` as a user starts it, pointed at the fake server."""
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_BASE_URL": api.base_url,
        "NEWSBOT_DB": str(tmp_path / "news.db"),
        "LOG_LEVEL": "DEBUG",  # the most talkative logs are the likeliest to leak the token
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no stray .env
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(process: subprocess.Popen[str], sig: signal.Signals) -> tuple[int, str, str]:
    """Send sig to a `newsbot run` and collect its exit code, stdout and stderr."""
    process.send_signal(sig)
    try:
        out, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        raise AssertionError(f"newsbot run ignored {sig.name}:\n{err}") from None
    return process.returncode, out, err


def free_port() -> int:
    """A loopback port nobody listens on (for a moment, at least)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


# -- Telegram's limits and faults of the send path (tests/test_telegram_faults_answers.py) -------


@dataclass(frozen=True)
class Fault:
    """How one call goes wrong (FaultyBotApi.fault_next)."""

    status: int = 200
    body: bytes | None = None  # answered instead of Telegram's JSON
    delay: float = 0.0  # seconds the answer takes (the call is carried out first)
    retry_after: int | None = None  # a 429's wait, in seconds
    migrate_to: int | None = None  # a 400 saying the group is now this supergroup
    carried_out: bool = False  # done (the message delivered) whatever the answer says


PROXY_PAGE = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
HTML_502 = Fault(502, PROXY_PAGE)  # a reverse proxy's error page: not Telegram's JSON
GARBAGE_500 = Fault(500, b'{"ok": false, "error_co')  # cut short: not JSON
GARBAGE_200 = Fault(200, b'{"ok": true, "resu', carried_out=True)  # sent, answer unreadable


def slow(seconds: float) -> Fault:
    """Delivered, but Telegram's answer takes this long."""
    return Fault(200, delay=seconds, carried_out=True)


def flood_wait(seconds: int) -> Fault:
    """429 Too Many Requests: retry after seconds."""
    return Fault(429, retry_after=seconds)


def migrated(supergroup_id: int) -> Fault:
    """400: the group became a supergroup with this id (Telegram's migrate_to_chat_id)."""
    return Fault(400, migrate_to=supergroup_id)


@dataclass(frozen=True)
class FloodLimits:
    """Telegram-like flood control: per chat a burst, then per_chat messages a second; and
    overall messages a second. Beyond them, 429 with the seconds until there is room."""

    burst: int = 3
    per_chat: float = 1.0
    overall: float = 30.0


class FaultyBotApi(FakeBotApi):
    """The fake Bot API with Telegram's flood limits and faults on the send path."""

    def __init__(self, *args: Any, limits: FloodLimits | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = limits
        self._faults: dict[tuple[str, int | None], list[Fault]] = {}
        self._lock = threading.Lock()
        self._chat_room: dict[int, TokenBucket] = {}
        self._room: TokenBucket | None = None
        if limits is not None:
            self._room = TokenBucket(Rate(limits.overall, limits.overall), time.monotonic())

    def fault_next(self, method: str, *faults: Fault, chat_id: int | None = None) -> None:
        """The next calls of method (to chat_id only, if given) go wrong like this, in order."""
        with self._lock:
            self._faults.setdefault((method, chat_id), []).extend(faults)

    def _answer(self, method: str, fields: JSON) -> tuple[int, JSON]:
        chat = str(fields.get("chat_id", ""))
        chat_id = int(chat) if chat.lstrip("-").isdigit() else None
        fault = self._next_fault(method, chat_id)
        if fault is None:
            wait = self._flood_wait(chat_id)
            if wait is None:
                return super()._answer(method, fields)
            fault = flood_wait(wait)
        return self._faulty(fault, method, fields)

    def _next_fault(self, method: str, chat_id: int | None) -> Fault | None:
        with self._lock:
            for key in ((method, chat_id), (method, None)):
                if self._faults.get(key):
                    return self._faults[key].pop(0)
        return None

    def _flood_wait(self, chat_id: int | None) -> int | None:
        """Seconds to wait when this call is over the limits (None: it may go)."""
        if self.limits is None or chat_id is None or self._room is None:
            return None
        now = time.monotonic()
        with self._lock:
            chat = self._chat_room.setdefault(
                chat_id, TokenBucket(Rate(self.limits.burst, self.limits.per_chat), now)
            )
            if chat.available(now) < 1:
                return max(1, math.ceil((1 - chat.tokens) / self.limits.per_chat))
            if not self._room.take(now):
                return 1
            chat.take(now)
        return None

    def _faulty(self, fault: Fault, method: str, fields: JSON) -> tuple[int, JSON]:
        result = self._result(method, fields) if fault.carried_out else None
        if fault.delay:
            time.sleep(fault.delay)  # Telegram being slow to answer, not a test waiting
        if fault.body is not None:
            return fault.status, RawAnswer(fault.body, result=result)
        if fault.status == 200:
            return 200, {"ok": True, "result": result}
        parameters: JSON = {}
        if fault.retry_after is not None:
            parameters["retry_after"] = fault.retry_after
        if fault.migrate_to is not None:
            parameters["migrate_to_chat_id"] = fault.migrate_to
        description = "Too Many Requests" if fault.status == 429 else "Bad Request: upgraded"
        return fault.status, {
            "ok": False,
            "error_code": fault.status,
            "description": description,
            "parameters": parameters,
        }


# -- a reset before the request is written (tests/test_telegram_faults_answers.py) -------------

# A self-signed certificate for 127.0.0.1 (valid until 2126), made for these tests only.
TLS_CERTIFICATE = ROOT / "tests" / "fixtures" / "tls" / "loopback-cert.pem"
TLS_KEY = ROOT / "tests" / "fixtures" / "tls" / "loopback-key.pem"


class TlsBotApi(FaultyBotApi):
    """The faulty fake over HTTPS, as Telegram is, able to reset new connections at accept.

    Over plain HTTP a reset at accept cannot be put before the request: the bot writes it into
    the kernel's buffer as soon as it is connected, and meets the reset only when it reads (a
    quarter of the time under load), which is a reset after the request went out. Over TLS
    the bot writes no part of its request before the handshake, which the reset cuts. Every
    answer but getUpdates closes its connection, so the next send opens a new one: the one
    `reset_next_connections` resets. The bot trusts TLS_CERTIFICATE through SSL_CERT_FILE.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.resets_done = 0  # connections reset at accept
        self._resets_due = 0
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS_CERTIFICATE, TLS_KEY)
        accept = self._server.get_request

        def get_request() -> tuple[socket.socket, Any]:
            connection, address = accept()
            if self._take_reset():
                # A zero linger time: close() sends a reset, not a goodbye.
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                connection.close()
                raise OSError("reset at accept")  # socketserver skips a failed accept
            # The handshake happens on the connection's thread, at its first read.
            tls = context.wrap_socket(connection, server_side=True, do_handshake_on_connect=False)
            return tls, address

        self._server.get_request = get_request  # type: ignore[method-assign]
        complain = self._server.handle_error

        def handle_error(request: Any, client_address: Any) -> None:
            # The bot hanging up mid-handshake (it is stopping) is no more an error over TLS.
            if not isinstance(sys.exc_info()[1], ssl.SSLError):
                complain(request, client_address)

        self._server.handle_error = handle_error  # type: ignore[method-assign]

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self._server.server_address[1]}/bot"

    def reset_next_connections(self, count: int = 1) -> None:
        """Reset the next count connections the bot opens, before it can write a request."""
        with self._changed:
            self._resets_due += count

    def _take_reset(self) -> bool:
        with self._changed:
            if self._resets_due == 0:
                return False
            self._resets_due -= 1
            self.resets_done += 1
            return True

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        base = super()._handler_class()

        class Handler(base):  # type: ignore[valid-type, misc]
            def end_headers(self) -> None:
                if not self.path.endswith("/getUpdates"):  # the long poll keeps its connection
                    self.send_header("Connection", "close")
                super().end_headers()

        return Handler


# -- what the bot answered ------------------------------------------------------------------------


def replies_to(api: FakeBotApi, message: JSON) -> list[Call]:
    """Messages the bot delivered as replies to message, in message's own chat."""
    return [
        call
        for call in api.done("sendMessage")
        if call.get("reply_parameters", {}).get("message_id") == message["message_id"]
        and int(call["chat_id"]) == message["chat"]["id"]
    ]


def reply_to(api: FakeBotApi, message: JSON, timeout: float = 10.0) -> Call:
    """The one reply to message, waiting for it."""
    api.wait_until(
        lambda: bool(replies_to(api, message)), f"a reply to {message['text']!r}", timeout
    )
    found = replies_to(api, message)
    assert len(found) == 1, f"expected one reply to {message['text']!r}, got {found}"
    return found[0]
