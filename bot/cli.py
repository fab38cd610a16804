"""The `newsbot` command line: run, chat, ask, ingest, quotes, stats."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from bot.config import ConfigError, Settings, load_settings
from bot.logs import configure_logging
from handlers.admin import feed_health_lines
from store.db import open_db
from store.errors import StoreError
from store.ingest.batch import FAILED, IngestResult, ingest, read_sources, reextract_quotes
from store.ingest.seeds import ensure_seeded
from store.models import Article
from store.quotes.extract import extract_quotes
from store.stats import store_stats

log = logging.getLogger("newsbot")

PROGRESS_EVERY = 100


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="newsbot", description="Answers questions about news articles with sourced snippets."
    )
    parser.add_argument("--db", help="SQLite file (default: $NEWSBOT_DB, else newsbot.db)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="serve Telegram; with no token, the local console")
    commands.add_parser("chat", help="a local console conversation, same answers as the bot")
    ask = commands.add_parser("ask", help="answer one question, or one per line from stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object per answer")
    ask.add_argument("question", nargs="*", help="the question (or a /command)")
    ingest_parser = commands.add_parser("ingest", help="add articles: files, folders, URLs, feeds")
    ingest_parser.add_argument("--json", action="store_true", help="a JSON report for scripts")
    ingest_parser.add_argument("--watch", action="store_true", help="keep polling the feeds")
    ingest_parser.add_argument("sources", nargs="+", metavar="SOURCE")
    quotes = commands.add_parser("quotes", help="quotes found in article files, without storing")
    quotes.add_argument("--json", action="store_true", help="one JSON object per quote")
    quotes.add_argument("files", nargs="+", metavar="FILE")
    commands.add_parser("stats", help="what the store holds")
    commands.add_parser("reindex", help="extract the quotes of every stored article again")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsbot` command; returns the exit code."""
    args = build_parser().parse_args(argv)
    db_path = args.db
    try:
        settings = load_settings()
        configure_logging(settings.log_level, [settings.token or ""])
        if args.command == "quotes":
            return show_quotes(args.files, as_json=args.json, out=sys.stdout)
        db_path = args.db or settings.db_path
        if Path(db_path).is_dir():
            print(f"newsbot: cannot use the database {db_path}: it is a folder", file=sys.stderr)
            return 2
        db = open_db(db_path)
        return _dispatch(args, settings, db, db_path)
    except (ConfigError, StoreError) as error:
        print(f"newsbot: {error}", file=sys.stderr)
        return 2
    except sqlite3.DatabaseError as error:
        print(f"newsbot: cannot use the database {db_path}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`newsbot ask ... | head`): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception:
        # The last edge: through logging, whose filter redacts the token from the traceback.
        log.critical("unexpected error", exc_info=True)
        return 1


def _dispatch(args: argparse.Namespace, settings: Settings, db: Database, db_path: str) -> int:
    if args.command == "ingest":
        if args.watch:
            from bot.watch import watch_feeds

            return watch_feeds(db, args.sources, settings)
        return run_ingest(db, args.sources, as_json=args.json, out=sys.stdout, err=sys.stderr)
    if args.command == "reindex":
        print(f"re-extracted quotes of {reextract_quotes(db)} articles", file=sys.stdout)
        return 0
    ensure_seeded(db)
    if args.command == "stats":
        return show_stats(db, db_path, out=sys.stdout)
    if args.command == "ask":
        from bot.console import ask

        return ask(db, " ".join(args.question), as_json=args.json, stdin=sys.stdin, out=sys.stdout)
    if args.command == "chat":
        from bot.console import chat

        return chat(db, stdin=sys.stdin, out=sys.stdout)
    from bot.telegram.app import run_bot

    return run_bot(settings, db)


def run_ingest(db: Database, sources: list[str], *, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Ingest the sources, report failures as they happen, summarise; 1 if anything failed."""
    progress = err.isatty() and not as_json
    seen = 0

    def report(result: IngestResult) -> None:
        nonlocal seen
        seen += 1
        if result.status == FAILED and not as_json:
            print(f"\rfailed: {result.source}: {result.reason}", file=err)
        elif progress and seen % PROGRESS_EVERY == 0:
            print(f"\r{seen} articles…", end="", file=err, flush=True)

    results = ingest(db, sources, on_result=report)
    if progress and seen >= PROGRESS_EVERY:
        print("\r", end="", file=err)
    summary = {status: sum(r.status == status for r in results) for status in _STATUSES}
    if as_json:
        print(
            json.dumps({**summary, "results": [asdict(r) for r in results]}, ensure_ascii=False),
            file=out,
        )
    else:
        print(", ".join(f"{status} {count}" for status, count in summary.items()), file=out)
    return 1 if summary[FAILED] else 0


_STATUSES = ("added", "updated", "unchanged", FAILED)


def show_quotes(files: list[str], *, as_json: bool, out: TextIO) -> int:
    """Print the quotes each file yields, without storing anything; 1 if a file failed."""
    failed = False
    for label, item in read_sources(files):
        if not isinstance(item, Article):
            print(f"newsbot: {label}: {item}", file=sys.stderr)
            failed = True
            continue
        quotes = extract_quotes(item).quotes
        if not as_json:
            print(f"{label}: {item.title} ({len(quotes)} quotes)", file=out)
        for quote in quotes:
            record = {
                "file": label,
                "quote": quote.text,
                "speaker": quote.speaker,
                "role": quote.role,
                "cue": quote.cue,
                "kind": quote.kind,
                "paragraph": quote.paragraph,
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
    return f"[{record['kind']}, {where}] “{record['quote']}” — {who}" + (
        f", {record['cue']}" if record["cue"] else ""
    )


def show_stats(db: Database, db_path: str, *, out: TextIO) -> int:
    """Print what the store holds."""
    stats = store_stats(db, db_path)
    newest = (
        f"{stats.newest_title} ({stats.newest_published or 'undated'})"
        if stats.newest_title
        else "none"
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
