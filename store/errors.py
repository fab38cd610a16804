"""Errors raised by the store layer; the CLI and the bot turn them into one sentence."""


class StoreError(Exception):
    """Base class for every error the store raises on purpose."""


class SourceError(StoreError):
    """A source could not be read or parsed as an article."""


class FetchError(SourceError):
    """A URL could not be fetched."""
