"""Faults at the Telegram edge, against the real `newsbot run` and a fake Bot API on 127.0.0.1:
polling through a restarting proxy (401, 404, resets), giving up after a bound with one line,
the webhook refusing what is not Telegram's before reading it, and logs that keep secrets
and what people wrote out."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database
from telegram import Update

from bot.config import ConfigError, settings_from
from bot.telegram.errors import describe_update
from bot.telegram.polling import POLLING_TASK, cut_back_off_short
from bot.telegram.sending import SEND_ATTEMPTS
from store.db import open_db
from store.ingest.seeds import ensure_seeded
from tests.fake_bot_api import (
    READER,
    RESET,
    ROOT,
    TOKEN,
    FakeBotApi,
    RunningBot,
    free_port,
    group_chat,
    newsbot,
    private_chat,
    replies_to,
    reply_to,
    shows_no_token,
    stop,
)

ME = private_chat(601)
PROBE_CHAT = private_chat(602)  # asked last: once it is answered, so is everything before


def polling_in_outage(
    tmp_path: Path, api: FakeBotApi, status: int, *, give_up: str, **env: str
) -> subprocess.Popen[str]:
    """`newsbot run` up and polling, then every getUpdates failing with `status` for good."""
    process = newsbot(tmp_path, api, NEWSBOT_POLL_GIVE_UP_SECONDS=give_up, **env)
    api.wait_for("setMyCommands", timeout=20)
    api.fail_for("getUpdates", status)
    return process


GROUP = group_chat(-100601)
SECRET = "hook-secret-for-tests-7Qx"
WORDS = "/help my invented private words"


def said_to_the_user(err: str) -> list[str]:
    """The lines of stderr that are not DEBUG, INFO or WARNING log records (the retries)."""
    log_record = re.compile(r"^\d{4}-\d\d-\d\d [\d:,]+ (DEBUG|INFO|WARNING) ")
    return [line for line in err.splitlines() if line.strip() and not log_record.match(line)]


# -- polling through a restarting proxy -------------------------------------------------------

OUTAGES = [
    pytest.param(401, id="401"),  # PTB took this for a bad token and stopped polling for good
    pytest.param(404, id="404"),
    pytest.param(RESET, id="reset"),  # the connection closed with no answer
]


@pytest.mark.parametrize("status", OUTAGES)
def test_polling_outlives_an_outage_and_answers_afterwards(
    tmp_path: Path, api: FakeBotApi, status: int
) -> None:
    process = newsbot(tmp_path, api, NEWSBOT_POLL_GIVE_UP_SECONDS="60")
    try:
        api.wait_for("setMyCommands", timeout=20)
        before = api.say(ME, "/help")
        reply_to(api, before)
        api.fail_for("getUpdates", status, seconds=2.0)
        # Two failed polls: the bot retried after the first.
        api.wait_until(lambda: api.outage_calls >= 2, "a second poll in the outage", 10)
        during = api.say(ME, "/stats")
        reply_to(api, during, timeout=15)
        reply_to(api, api.say(PROBE_CHAT, "/help"))
        # Exactly one reply each: nothing polled before the outage came again after it.
        assert len(replies_to(api, before)) == len(replies_to(api, during)) == 1
        assert process.poll() is None
    finally:
        code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "Polling Telegram failed, retrying" in err
    assert "Traceback" not in err  # one line per failed poll, not PTB's traceback each time
    assert shows_no_token(err)


def test_a_stop_signal_during_an_outage_does_not_wait_out_the_back_off(
    tmp_path: Path, api: FakeBotApi
) -> None:
    process = polling_in_outage(tmp_path, api, 401, give_up="60")
    # The third failed poll, at 2.5 s; PTB's loop then sleeps for 2.25 s.
    api.wait_until(lambda: api.outage_calls >= 3, "a third poll in the outage", 10)
    started = time.monotonic()
    code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert time.monotonic() - started < 1.5


async def _polling_task_cancelled_by_a_stop(waiting_in: str) -> bool:
    """Whether cut_back_off_short cancels a polling task shaped like PTB's retry loop, which
    awaits either its poll (do_action) or its back-off (asyncio.sleep)."""

    async def do_action() -> None:
        await asyncio.Event().wait()

    async def network_retry_loop() -> None:
        if waiting_in == "poll":
            await do_action()
        else:
            await asyncio.sleep(30)

    task = asyncio.create_task(network_retry_loop(), name=POLLING_TASK)
    await asyncio.sleep(0)  # the task reaches its await
    cut_back_off_short()
    await asyncio.sleep(0)
    cancelled = task.cancelled()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return cancelled


@pytest.mark.parametrize(("waiting_in", "cancelled"), [("poll", False), ("back-off", True)])
def test_a_stop_cuts_short_only_the_back_off_never_a_poll(waiting_in: str, cancelled: bool) -> None:
    # A poll that has just failed is a finished task PTB has yet to read; cancelling its
    # waiter leaves the error unread, and asyncio logs it with a traceback (a CI run saw it).
    assert asyncio.run(_polling_task_cancelled_by_a_stop(waiting_in)) is cancelled


@pytest.mark.parametrize("status", [401, RESET])
def test_a_stop_signal_during_an_outage_logs_one_line_for_the_last_poll(
    tmp_path: Path, api: FakeBotApi, status: int
) -> None:
    # Stopping, PTB calls getUpdates once more to confirm what it fetched; against a server
    # that is down that fails too, and PTB logs it with a traceback. At the default level
    # (INFO): at DEBUG PTB's own request records carry tracebacks of the outage's polls.
    process = polling_in_outage(tmp_path, api, status, give_up="60", LOG_LEVEL="INFO")
    api.wait_until(lambda: api.outage_calls >= 1, "a poll in the outage", 10)
    code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err
    assert len(re.findall(r"WARNING.*confirm", err)) == 1, err


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, 300.0), ("2.5", 2.5), ("0", "must be a positive number"), ("soon", "not a number")],
)
def test_the_give_up_bound_is_a_setting(raw: str | None, expected: float | str) -> None:
    values = {} if raw is None else {"NEWSBOT_POLL_GIVE_UP_SECONDS": raw}
    if isinstance(expected, float):
        assert settings_from(values).poll_give_up_seconds == expected
    else:
        with pytest.raises(ConfigError, match=f"NEWSBOT_POLL_GIVE_UP_SECONDS.*{expected}"):
            settings_from(values)


GIVE_UPS = [
    # (status, exit code, the start of the one line)
    (401, 2, "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN while polling"),  # token revoked
    (404, 1, "newsbot: cannot reach the Bot API at "),
    (RESET, 1, "newsbot: cannot reach the Bot API at "),
]


@pytest.mark.parametrize(("status", "code", "line"), GIVE_UPS, ids=["401", "404", "reset"])
def test_polling_that_keeps_failing_exits_within_the_bound_with_one_line(
    tmp_path: Path, api: FakeBotApi, status: int, code: int, line: str
) -> None:
    # Failed polls at 0, 1, 2.5 and 4.75 s (PTB's back-off); at 5 s it sleeps until 8.1 s.
    # (A bound of 3 s against the sleep to 4.75 s left a loaded machine too thin a margin to
    # stop in: one run took 4.76 s.)
    process = polling_in_outage(tmp_path, api, status, give_up="5")
    started = time.monotonic()
    try:
        _, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError("newsbot run kept running with polling failing") from None
    took = time.monotonic() - started
    assert process.returncode == code, err
    [said] = said_to_the_user(err)
    assert said.startswith(line)
    # The bound, and a moment to stop, but not the back-off's sleep to 8.1 s.
    assert 4.9 <= took < 7.5
    assert shows_no_token(err)


def test_polling_that_gave_up_says_for_how_long_and_what_failed_last(
    tmp_path: Path, api: FakeBotApi
) -> None:
    process = polling_in_outage(tmp_path, api, 404, give_up="1.5")
    _, err = process.communicate(timeout=20)
    [said] = said_to_the_user(err)
    assert said == (
        f"newsbot: cannot reach the Bot API at {api.base_url}: polling failed for 2 s "
        "(NEWSBOT_POLL_GIVE_UP_SECONDS), last: 404 Not Found"
    )


# -- the webhook -------------------------------------------------------------------------------


@pytest.fixture
def webhook(tmp_path: Path, api: FakeBotApi) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """`newsbot run` in webhook mode, listening on a loopback port, set up with Telegram."""
    port = free_port()
    process = newsbot(
        tmp_path,
        api,
        NEWSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        NEWSBOT_WEBHOOK_PORT=str(port),
        NEWSBOT_WEBHOOK_SECRET=SECRET,
    )
    try:
        api.wait_for("setWebhook", timeout=20)
        api.wait_until(lambda: accepts(port), "the webhook port listening", 10)
        yield process, port
    finally:
        if process.poll() is None:
            stop(process, signal.SIGTERM)


def accepts(port: int) -> bool:
    """Whether something listens on the loopback port."""
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def raw_post(port: int, headers: dict[str, str], body: bytes = b"") -> str:
    """POST over a plain socket (the headers, then body unless empty); the status line of
    the answer."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(f"POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\n{head}\r\n".encode())
        if body:
            conn.sendall(body)
        answer = conn.recv(4096).decode("latin-1")
    return answer.split("\r\n", 1)[0]


HUGE = str(60 * 1024 * 1024)  # a Content-Length no Telegram update comes near

REFUSED_BY_HEADERS = [
    # (headers, what is sent of the body, the status line): answered before the body is read
    (
        {"Content-Type": "application/json", "Content-Length": HUGE},
        b"",
        "HTTP/1.1 403 Request did not include the secret token",
    ),
    (
        {
            "Content-Type": "application/json",
            "Content-Length": HUGE,
            "X-Telegram-Bot-Api-Secret-Token": "wrong",
        },
        b"",
        "HTTP/1.1 403 Request had the wrong secret token",
    ),
    (
        {
            "Content-Type": "application/json",
            "Content-Length": HUGE,
            "X-Telegram-Bot-Api-Secret-Token": SECRET,
        },
        b"",
        "HTTP/1.1 413 Request Entity Too Large",  # the right secret, and still too big
    ),
    (
        {
            "Content-Type": "application/json",
            "Transfer-Encoding": "chunked",  # no length up front: the first chunk's is too big
            "X-Telegram-Bot-Api-Secret-Token": SECRET,
        },
        f"{2 * 1024 * 1024:x}\r\n".encode(),
        "HTTP/1.1 400 Bad Request",
    ),
]


def test_webhook_answers_on_the_headers_before_reading_a_body(
    webhook: tuple[subprocess.Popen[str], int],
) -> None:
    _, port = webhook
    for headers, body, status_line in REFUSED_BY_HEADERS:
        assert raw_post(port, headers, body) == status_line, headers


def test_webhook_answers_400_to_a_body_that_is_not_an_update_and_goes_on(
    api: FakeBotApi, webhook: tuple[subprocess.Popen[str], int]
) -> None:
    _, port = webhook
    for body in (
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b"null",
        b'{"text": "' + WORDS.encode() + b'"}',
    ):
        headers = {
            "Content-Type": "application/json",
            "Content-Length": str(len(body)),
            "X-Telegram-Bot-Api-Secret-Token": SECRET,
        }
        assert raw_post(port, headers, body).startswith("HTTP/1.1 400 "), body
    question = message(ME, "/help")
    update = json.dumps({"update_id": 5, "message": question}).encode()
    headers = {
        "Content-Type": "application/json",
        "Content-Length": str(len(update)),
        "X-Telegram-Bot-Api-Secret-Token": SECRET,
    }
    assert raw_post(port, headers, update) == "HTTP/1.1 200 OK"
    assert "/quote" in reply_to(api, question)["text"]


def message(chat: dict[str, Any], text: str) -> dict[str, Any]:
    return {"message_id": 77, "date": int(time.time()), "chat": chat, "from": READER, "text": text}


@pytest.mark.parametrize("configured", [True, False], ids=["set", "generated"])
def test_webhook_secret_never_reaches_the_debug_log(
    tmp_path: Path, api: FakeBotApi, configured: bool
) -> None:
    port = free_port()
    secret = {"NEWSBOT_WEBHOOK_SECRET": SECRET} if configured else {}
    process = newsbot(
        tmp_path,
        api,
        NEWSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        NEWSBOT_WEBHOOK_PORT=str(port),
        **secret,  # LOG_LEVEL is DEBUG, where PTB logs setWebhook's parameters
    )
    try:
        [hook] = api.wait_for("setWebhook", timeout=20)
        api.wait_for("setMyCommands")
    finally:
        code, _, err = stop(process, signal.SIGTERM)
    assert code == 0, err
    assert len(hook["secret_token"]) >= 16
    assert "setWebhook" in err and "[REDACTED]" in err  # the record is there, redacted
    assert hook["secret_token"] not in err


def test_webhook_url_telegram_refuses_is_one_line_naming_the_setting(
    tmp_path: Path, api: FakeBotApi
) -> None:
    port = free_port()
    refusal = "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    api.fail_for("setWebhook", 400, description=refusal)
    process = newsbot(
        tmp_path,
        api,
        NEWSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        NEWSBOT_WEBHOOK_PORT=str(port),
    )
    _, err = process.communicate(timeout=20)
    assert process.returncode == 2, err
    assert said_to_the_user(err) == [
        f"newsbot: NEWSBOT_WEBHOOK_URL: Telegram refused the webhook "
        f"http://127.0.0.1:{port}/telegram: Bad webhook: an https url must be provided for webhook"
    ]  # in PTB's words: it capitalises Telegram's
    assert api.calls_to("setMyCommands") == []  # not announced: it never served


def test_a_refused_webhook_url_holding_the_token_never_prints_it(
    tmp_path: Path, api: FakeBotApi
) -> None:
    # PTB's usual webhook setup puts the token in the URL's path.
    port = free_port()
    api.fail_for("setWebhook", 400, description="Bad Request: bad webhook: no https")
    process = newsbot(
        tmp_path,
        api,
        NEWSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/{TOKEN}",
        NEWSBOT_WEBHOOK_PORT=str(port),
    )
    _, err = process.communicate(timeout=20)
    assert process.returncode == 2, err
    assert shows_no_token(err)
    assert "[REDACTED]" in said_to_the_user(err)[0]


def test_webhook_port_in_use_is_one_line_naming_the_setting(
    tmp_path: Path, api: FakeBotApi
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        process = newsbot(
            tmp_path,
            api,
            NEWSBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
            NEWSBOT_WEBHOOK_PORT=str(port),
        )
        _, err = process.communicate(timeout=20)
    assert process.returncode == 2, err
    [said] = said_to_the_user(err)
    assert said.startswith(
        f"newsbot: NEWSBOT_WEBHOOK_LISTEN/NEWSBOT_WEBHOOK_PORT: cannot listen on 127.0.0.1:{port}: "
    )
    assert api.calls_to("setWebhook") == []  # Telegram was not sent to a port we cannot hold


def test_webhook_mode_without_the_webhooks_extra_is_one_line(
    tmp_path: Path, api: FakeBotApi
) -> None:
    blocker = tmp_path / "no-extra" / "tornado"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text('raise ImportError("tornado is not installed")\n')
    process = newsbot(
        tmp_path,
        api,
        PYTHONPATH=f"{blocker.parent}:{ROOT}",
        NEWSBOT_WEBHOOK_URL="https://bot.example.org/telegram",
    )
    _, err = process.communicate(timeout=20)
    assert process.returncode == 2, err
    assert said_to_the_user(err) == [
        "newsbot: NEWSBOT_WEBHOOK_URL: webhook mode needs the webhooks extra "
        "(pip install 'newsbot[webhooks]')"
    ]


# -- what the error log says about an update ----------------------------------------------


def update(**content: Any) -> Update:
    return Update.de_json({"update_id": 31, **content}, None)


DESCRIPTIONS = [
    (update(message=message(ME, WORDS)), "31 (message in a private chat)"),  # id is the user's
    (update(message=message(GROUP, WORDS)), "31 (message in a supergroup chat -100601)"),
    (
        update(callback_query={"id": "c1", "from": READER, "chat_instance": "ci", "data": "x"}),
        "31 (callback_query)",  # no message: no chat
    ),
    (
        update(inline_query={"id": "i1", "from": READER, "query": WORDS, "offset": ""}),
        "31 (inline_query)",
    ),
    (None, "none"),  # a job's error
    ("text someone wrote", "of type str"),
]


@pytest.mark.parametrize(("subject", "described"), DESCRIPTIONS)
def test_an_update_is_described_by_ids_and_kinds(subject: object, described: str) -> None:
    assert describe_update(subject) == described


@pytest.fixture(scope="module")
def seeded_db() -> Iterator[Database]:
    db = open_db(":memory:")
    ensure_seeded(db)
    yield db
    db.close()


@pytest.mark.parametrize("level", [logging.INFO, logging.DEBUG], ids=["INFO", "DEBUG"])
def test_the_error_log_holds_what_people_wrote_only_at_debug(
    api: FakeBotApi, seeded_db: Database, caplog: pytest.LogCaptureFixture, level: int
) -> None:
    caplog.set_level(level)
    with RunningBot(api, seeded_db):
        api.fail_next("sendMessage", *[500] * SEND_ATTEMPTS)  # a 500 is retried
        question = api.say(GROUP, WORDS)
        reply_to(api, question)  # the apology
        api.wait_until(lambda: "Could not handle update" in caplog.text, "the error logged")
    [record] = [r for r in caplog.records if r.getMessage().startswith("Could not handle update")]
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert record.getMessage().endswith("(message in a supergroup chat -100601)")
    written = ("invented private words", str(READER["id"]))
    if level == logging.DEBUG:
        assert all(part in caplog.text for part in written)
    else:
        assert not any(part in caplog.text for part in written), caplog.text
