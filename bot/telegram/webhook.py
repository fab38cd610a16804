"""Webhook mode: Telegram posts each update to our URL instead of being polled.

PTB's own webhook server reads a whole body (up to tornado's 100 MB) before it looks at the
secret header, and answers a body that is not JSON with a 500. Ours is PTB's handler with the
headers checked before the body is read, the body bounded, and bad JSON a 400; settings that
Telegram or the system refuses are named in one line. bot.telegram.running runs it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from urllib.parse import urlparse

import tornado.web
from telegram import Bot, Update
from telegram.error import BadRequest
from telegram.ext import ExtBot
from telegram.ext._utils.webhookhandler import TelegramHandler
from tornado.httpserver import HTTPServer

from bot.telegram.errors import WebhookSettingError
from bot.telegram.state import BotApplication

logger = logging.getLogger(__name__)

# Telegram's updates are a few KiB (a message is at most 4096 characters); a body this large
# is not one, and is refused before it is read into memory.
MAX_BODY = 1024 * 1024


@tornado.web.stream_request_body  # so prepare() runs on the headers, before the body is read
class GuardedTelegramHandler(TelegramHandler):
    """PTB's webhook handler (its checks of the content type and secret), refusing by headers
    before the body is read, and a body that is not an update with a 400."""

    def prepare(self) -> None:
        self._validate_post()  # a wrong content type or secret: 403, and the body is never read
        length = self.request.headers.get("Content-Length", "0")
        if not length.isdigit() or int(length) > MAX_BODY:
            raise tornado.web.HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        self.chunks: list[bytes] = []

    def data_received(self, chunk: bytes) -> None:
        self.chunks.append(chunk)  # at most MAX_BODY in all: the HTTPServer enforces it

    async def post(self) -> None:
        body = b"".join(self.chunks)
        update = update_from(body, self.bot)
        if update is None:
            # PTB would log the body at CRITICAL, and what people wrote with it.
            logger.warning("Refused a webhook post that is not an update (%d bytes)", len(body))
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST, reason="Not an update")
        logger.debug("Received update %d on the webhook", update.update_id)
        if isinstance(self.bot, ExtBot):
            self.bot.insert_callback_data(update)
        await self.update_queue.put(update)


def update_from(body: bytes, bot: Bot) -> Update | None:
    """The update a webhook body holds; None when it is not JSON or not an update."""
    try:
        data = json.loads(body)
    except ValueError:  # not UTF-8, or not JSON
        return None
    if not isinstance(data, dict):
        return None
    try:
        return Update.de_json(data, bot)
    except Exception:  # whatever PTB's parsing raises (it catches Exception too)
        return None


def webhook_server(application: BotApplication, path: str, secret: str) -> HTTPServer:
    """The HTTP server that puts each update posted to `path` in the application's queue."""
    shared = {
        "bot": application.bot,
        "update_queue": application.update_queue,
        "secret_token": secret,
    }
    routes = [(rf"/{path.strip('/')}/?", GuardedTelegramHandler, shared)]
    app = tornado.web.Application(routes, log_function=lambda handler: None)
    return HTTPServer(app, max_body_size=MAX_BODY)  # also bounds a chunked body


@asynccontextmanager
async def webhook_updates(
    application: BotApplication, *, listen: str, port: int, url: str, secret: str
) -> AsyncIterator[None]:
    """Updates posted to url, while inside; WebhookSettingError for a setting refused."""
    server = webhook_server(application, urlparse(url).path, secret)
    try:
        # Listening first: Telegram is told to post to us only once we can take the posts.
        server.listen(port, address=listen)
    except OSError as error:
        raise WebhookSettingError(
            f"NEWSBOT_WEBHOOK_LISTEN/NEWSBOT_WEBHOOK_PORT: cannot listen on {listen}:{port}: "
            f"{error.strerror or error}"
        ) from None
    try:
        await set_webhook(application, url, secret)
        yield
    finally:
        server.stop()
        await server.close_all_connections()


async def set_webhook(application: BotApplication, url: str, secret: str) -> None:
    """Tell Telegram where to post updates; a URL it refuses ("bad webhook: ...") is named."""
    try:
        await application.bot.set_webhook(
            url, secret_token=secret, allowed_updates=Update.ALL_TYPES
        )
    except BadRequest as error:
        raise WebhookSettingError(
            f"NEWSBOT_WEBHOOK_URL: Telegram refused the webhook {url}: {error.message}"
        ) from None
