"""The `newsbot` command line: run, chat, ask, ingest, quotes, stats, reindex (on click).

Start-up matters here: `newsbot ask` in a script loop pays it on every question. So this
module imports only click at the top; the store (sqlite-utils) is imported when a command
opens it, and the ingestion stack (trafilatura, lxml, feedparser, httpx) and
python-telegram-bot only inside the commands that use them.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

import click

from bot.config import DEFAULT_DB_PATH, ConfigError, Settings, load_settings
from bot.logs import configure_logging
from store.errors import StoreError
from store.models import QuoteKind, SaveStatus

if TYPE_CHECKING:
    from sqlite_utils import Database

    from store.ingest.batch import IngestResult
    from store.ingest.fetch import Fetcher

log = logging.getLogger("newsbot")

PROGRESS_EVERY = 100
INTERRUPTED = 130  # the shell's code for a process ended by SIGINT
BROKEN_PIPE = 141  # ... and by SIGPIPE
_DB_KEY = "newsbot.db"  # where --db is kept in click's context meta, shared by every level


class CliError(click.ClickException):
    """A setting or database we cannot use: one line naming it, exit code 2."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"newsbot: {self.message}", file=file or sys.stderr)


class NewsbotGroup(click.Group):
    """The group whose invoke is the last edge: every failure becomes one exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors, --help and --version: click reports them
        except (ConfigError, StoreError) as error:
            raise CliError(str(error)) from None
        except KeyboardInterrupt:
            return INTERRUPTED
        except BrokenPipeError:
            # The reader went away (`newsbot ask ... | head`): stop quietly, and keep Python
            # from complaining again when it flushes stdout at exit.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return BROKEN_PIPE
        except Exception:
            # The last edge: through logging, whose filter redacts the token from the traceback.
            log.critical("unexpected error", exc_info=True)
            return 1


def _remember_db(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    # The meta dict is shared by the group and its subcommand, and the subcommand's options
    # are parsed last: so `newsbot --db a stats --db b` uses b, and either place works.
    if value is not None:
        ctx.meta[_DB_KEY] = value


db_option = click.option(
    "--db",
    metavar="PATH",
    expose_value=False,
    callback=_remember_db,
    help=f"SQLite file (default: $NEWSBOT_DB, else {DEFAULT_DB_PATH}); before or after COMMAND.",
)
json_flag = click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")


@click.group(
    cls=NewsbotGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Exit codes: 0 all well, 1 something failed (a source in a batch), 2 bad settings "
    "or an unusable database, 130 interrupted (Ctrl-C), 141 the reader went away.",
)
@click.version_option(package_name="newsbot", prog_name="newsbot", message="%(prog)s %(version)s")
@db_option
def cli() -> None:
    """Answers questions about news articles with sourced snippets."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsbot` command; returns the exit code."""
    try:
        code = cli.main(args=argv, prog_name="newsbot", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.Abort:  # click's name for a KeyboardInterrupt outside any command
        return INTERRUPTED
    return code if isinstance(code, int) else 0


# --- the commands -------------------------------------------------------------------------


@cli.command()
@db_option
def run() -> int:
    """Serve Telegram; with no TELEGRAM_BOT_TOKEN, the local console."""
    settings = _settings()
    # `run` may create its database: it is the first command of a new install and of a new
    # deployment (a fresh volume), and the process that owns the store it serves.
    with _store(settings, may_create=True, seed=True) as (db, _):
        from bot.telegram.app import run_bot

        return run_bot(settings, db)


@cli.command()
@db_option
def chat() -> int:
    """A local console conversation: the same answers as the bot."""
    from bot.console import chat as converse

    with _store(_settings(), may_create=False, seed=True) as (db, _):
        return converse(db, stdin=sys.stdin, out=sys.stdout)


@cli.command()
@db_option
@json_flag
@click.argument("question", nargs=-1)
def ask(question: tuple[str, ...], as_json: bool) -> int:
    """Answer QUESTION (words, or a /command such as /latest 3).

    Without QUESTION, answer each line of stdin: one answer per output line, a blank line
    for a blank line, so the output pairs line by line with the input.
    """
    from bot.console import ask as answer

    with _store(_settings(), may_create=False, seed=True) as (db, _):
        return answer(db, " ".join(question), as_json=as_json, stdin=sys.stdin, out=sys.stdout)


@cli.command(short_help="Add articles: files, folders, URLs, feeds.")
@db_option
@json_flag
@click.option("--watch", is_flag=True, help="Keep polling the feeds (Ctrl-C to stop).")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
def ingest(sources: tuple[str, ...], as_json: bool, watch: bool) -> int:
    """Add articles from each SOURCE: a file, a folder, an article URL or a feed URL.

    Failures are reported as they happen; the summary counts added, updated, unchanged and
    failed articles (exit code 1 if any failed). Ctrl-C prints the summary so far.
    """
    settings = _settings()
    with _store(settings, may_create=True, seed=False) as (db, _):
        if watch:
            from bot.watch import watch_feeds

            return watch_feeds(db, sources, settings)
        from store.ingest.fetch import HttpFetcher

        fetcher = HttpFetcher(allow=settings.fetch_allow, max_bytes=settings.fetch_max_bytes)
        return run_ingest(
            db, list(sources), as_json=as_json, out=sys.stdout, err=sys.stderr, fetcher=fetcher
        )


@cli.command()
@json_flag
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
def quotes(files: tuple[str, ...], as_json: bool) -> int:
    """The quotes each article FILE yields, without storing anything."""
    _settings()
    return show_quotes(list(files), as_json=as_json, out=sys.stdout)


@cli.command()
@db_option
def stats() -> int:
    """What the store holds, and the feeds that are failing."""
    with _store(_settings(), may_create=False, seed=True) as (db, path):
        return show_stats(db, path, out=sys.stdout)


@cli.command(short_help="Extract the quotes of every stored article again.")
@db_option
def reindex() -> int:
    """Extract the quotes of every stored article again (after the extractor improved)."""
    from store.ingest.batch import reextract_quotes

    with _store(_settings(), may_create=True, seed=False) as (db, _):
        print(f"re-extracted quotes of {reextract_quotes(db)} articles", file=sys.stdout)
        return 0


# --- settings and the store ---------------------------------------------------------------


def _settings() -> Settings:
    """Settings from the environment and .env, with logging set up to redact the token."""
    settings = load_settings()
    configure_logging(settings.log_level, [settings.token or ""])
    return settings


@contextmanager
def _store(settings: Settings, *, may_create: bool, seed: bool) -> Iterator[tuple[Database, str]]:
    """The open database and its path (with `seed`, an empty one filled from the seeds); a
    path we cannot use is one line naming it.

    A command that only reads (`ask`, `stats`, `chat`) refuses a path that does not exist,
    rather than create and seed a new store where a typo pointed: except the default path,
    which is how a first run begins.
    """
    import sqlite3

    from store.db import open_db
    from store.ingest.seeds import ensure_seeded

    path = click.get_current_context().meta.get(_DB_KEY) or settings.db_path
    if Path(path).is_dir():
        raise CliError(f"cannot use the database {path}: it is a folder")
    if not may_create and not _may_appear(path) and not Path(path).exists():
        raise CliError(f"cannot use the database {path}: it does not exist (ingest creates it)")
    try:
        db = open_db(path)
        try:
            if seed:
                ensure_seeded(db)
            yield db, path
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        raise CliError(f"cannot use the database {path}: {error}") from None


def _may_appear(path: str) -> bool:
    """Whether a missing database at path is expected: the default one, or one in memory."""
    return path == ":memory:" or Path(path).resolve() == Path(DEFAULT_DB_PATH).resolve()


# --- what the commands print --------------------------------------------------------------


def run_ingest(
    db: Database,
    sources: list[str],
    *,
    as_json: bool,
    out: TextIO,
    err: TextIO,
    fetcher: Fetcher | None = None,
) -> int:
    """Ingest the sources, report failures as they happen, summarise; 1 if anything failed.

    Ctrl-C stops the batch: what was stored stays, the summary counts it, and the code is 130.
    """
    from store.ingest.batch import ingest
    from store.ingest.fetch import fetch

    progress = err.isatty() and not as_json
    results: list[IngestResult] = []

    def report(result: IngestResult) -> None:
        results.append(result)
        if result.status == SaveStatus.FAILED and not as_json:
            print(f"\rfailed: {result.source}: {result.reason}", file=err)
        elif progress and len(results) % PROGRESS_EVERY == 0:
            print(f"\r{len(results)} articles…", end="", file=err, flush=True)

    interrupted = False
    try:
        ingest(db, sources, fetcher=fetcher or fetch, on_result=report)
    except KeyboardInterrupt:
        interrupted = True
    if progress and len(results) >= PROGRESS_EVERY:
        print("\r", end="", file=err)
    if interrupted:
        print("\rnewsbot: interrupted; the summary counts what was done until then", file=err)
    summary = {status.value: sum(r.status == status for r in results) for status in SaveStatus}
    if as_json:
        print(
            json.dumps({**summary, "results": [asdict(r) for r in results]}, ensure_ascii=False),
            file=out,
        )
    else:
        print(", ".join(f"{status} {count}" for status, count in summary.items()), file=out)
    if interrupted:
        return INTERRUPTED
    return 1 if summary[SaveStatus.FAILED] else 0


def show_quotes(files: list[str], *, as_json: bool, out: TextIO) -> int:
    """Print the quotes each file yields, without storing anything; 1 if a file failed."""
    from store.ingest.batch import read_sources
    from store.models import Article
    from store.quotes.extract import extract_quotes

    failed = False
    for label, item in read_sources(files):
        if not isinstance(item, Article):
            print(f"newsbot: {label}: {item}", file=sys.stderr)
            failed = True
            continue
        found = extract_quotes(item).quotes
        if not as_json:
            print(f"{label}: {item.title} ({len(found)} quotes)", file=out)
        for quote in found:
            record = {
                "file": label,
                "quote": quote.text,
                "speaker": quote.speaker,
                "role": quote.role,
                "cue": quote.cue,
                "kind": quote.kind,
                "paragraph": quote.paragraph,
                "how": quote.how,
                "confidence": quote.confidence if quote.how else None,
            }
            if as_json:
                print(json.dumps(record, ensure_ascii=False), file=out)
            else:
                print(f"  {_describe_quote(record)}", file=out)
    return 1 if failed else 0


def _describe_quote(record: Mapping[str, object]) -> str:
    where = "headline" if record["paragraph"] is None else f"¶{int(str(record['paragraph'])) + 1}"
    who = record["speaker"] or "unknown speaker"
    if record["role"]:
        who = f"{who} ({record['role']})"
    sure = f" ({record['how']}, {record['confidence']:.2f} sure)" if record["how"] else ""
    # Reported speech is nobody's exact words: no quote marks around it.
    words = f"“{record['quote']}”" if record["kind"] == QuoteKind.DIRECT else record["quote"]
    return f"[{record['kind']}, {where}] {words} — {who}" + (
        f", {record['cue']}" if record["cue"] else ""
    ) + sure


def show_stats(db: Database, db_path: str, *, out: TextIO) -> int:
    """Print what the store holds."""
    from handlers.admin import feed_health_lines
    from store.stats import store_stats

    stats = store_stats(db, db_path)
    newest = (
        f"{stats.newest_title} ({stats.newest_published or 'undated'})"
        if stats.newest_title
        else ("none dated" if stats.articles else "none")
    )
    print(f"articles:   {stats.articles}", file=out)
    print(f"paragraphs: {stats.paragraphs}", file=out)
    print(f"quotes:     {stats.quotes}", file=out)
    print(f"speakers:   {stats.speakers}", file=out)
    print(f"newest:     {newest}", file=out)
    print(f"database:   {db_path} ({stats.db_bytes / 1024:.0f} KiB)", file=out)
    for line in feed_health_lines(db):
        print(line, file=out)
    return 0
