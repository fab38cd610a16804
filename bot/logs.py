"""Logging for the process: one format, noisy libraries quieted, secrets never printed."""

from __future__ import annotations

import logging
from collections.abc import Iterable


class RedactSecrets(logging.Filter):
    """Replaces secrets (the bot token) wherever they would appear in a log record."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets: list[str] = []
        self.add(*secrets)

    def add(self, *secrets: str) -> None:
        """Redact these secrets too."""
        parts = {part for secret in secrets if secret for part in _secret_parts(secret)}
        # Longest first: the whole token before its secret half.
        self.secrets = sorted(parts | set(self.secrets), key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self.secrets:
            redacted = redacted.replace(secret, "[REDACTED]")
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self.secrets:
                record.exc_text = record.exc_text.replace(secret, "[REDACTED]")
        return True


def _secret_parts(secret: str) -> list[str]:
    """The secret, and for a bot token ("123456:ABC...") the part after the colon too: it
    is the secret, and it leaks alone wherever the colon is percent-encoded or split off."""
    bot_id, colon, key = secret.partition(":")
    return [secret, key] if colon and bot_id.isdigit() and len(key) >= 8 else [secret]


def redact(secret: str) -> None:
    """Redact one more secret (a webhook's, known only once chosen) from every record the
    handlers configure_logging set up write."""
    for handler in logging.getLogger().handlers:
        for log_filter in handler.filters:
            if isinstance(log_filter, RedactSecrets):
                log_filter.add(secret)


def configure_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Log to stderr at level; the token is redacted from every record."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(getattr(logging, level, logging.INFO))
    # httpx logs every request URL at INFO, and Bot API URLs contain the token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # pymorphy3 announces its dictionary's version at INFO the first time Russian is read.
    logging.getLogger("pymorphy3").setLevel(logging.WARNING)
