"""Ingest throughput on a generated corpus (default 10,000 articles), against a plain baseline.

Prints articles/second for the full pipeline (parse, quote extraction, one transaction per
article, FTS kept in step by triggers) and for a baseline in the same process: the same rows
written with executemany into bare tables with no parsing, no quotes and no index.

    .venv/bin/python scripts/bench_ingest.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.db import open_db
from store.ingest.batch import ingest

WORDS = (
    "minister government talks border trade sanctions election council agreement security "
    "economy energy pipeline summit parliament court ruling reform budget protest embassy "
    "relations treaty ceasefire region capital officials delegation vote policy market"
).split()
NAMES = ["Anna Petrova", "John Smith", "Maria Garcia", "Ivan Sokolov", "Lee Chen", "Omar Haddad"]
ROLES = ["Foreign Minister", "Prime Minister", "spokeswoman", "senator", "central bank governor"]


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article(rng: random.Random, index: int) -> dict[str, object]:
    name, role = rng.choice(NAMES), rng.choice(ROLES)
    surname = name.split()[-1]
    paragraphs = [f"{sentence(rng, 18)[:-1]}, {role} {name} said on Monday."]
    for _ in range(rng.randint(6, 10)):
        if rng.random() < 0.4:
            paragraphs.append(
                f'"{sentence(rng, 14)}" {surname} told reporters. {sentence(rng, 12)}'
            )
        else:
            paragraphs.append(f"{sentence(rng, 20)} {sentence(rng, 15)}")
    return {
        "title": f"{sentence(rng, 7)[:-1]} — {surname} #{index}",
        "text": "\n\n".join(paragraphs),
        "url": f"https://news.example/{index}",
        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "source": "Example Wire",
    }


def baseline(records: list[dict[str, object]], path: Path) -> float:
    """Bare inserts: what SQLite alone costs for the same rows, no parsing, quotes or FTS."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE a (id INTEGER PRIMARY KEY, title, url);"
        "CREATE TABLE p (id INTEGER PRIMARY KEY, a, pos, text);"
    )
    start = time.perf_counter()
    for record in records:
        with conn:
            cursor = conn.execute(
                "INSERT INTO a (title, url) VALUES (?, ?)", [record["title"], record["url"]]
            )
            paragraphs = str(record["text"]).split("\n\n")
            conn.executemany(
                "INSERT INTO p (a, pos, text) VALUES (?, ?, ?)",
                [(cursor.lastrowid, i, text) for i, text in enumerate(paragraphs)],
            )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(7)
    records = [article(rng, i) for i in range(args.articles)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        db_path = Path(tmp) / "bench.db"
        db = open_db(db_path)
        start = time.perf_counter()
        results = ingest(db, [str(corpus)])
        elapsed = time.perf_counter() - start
        again = time.perf_counter()
        repeat = ingest(db, [str(corpus)])
        unchanged_elapsed = time.perf_counter() - again
        quotes = db.execute("SELECT count(*) FROM quotes").fetchone()[0]
        paragraphs = db.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
        db.close()
        size = db_path.stat().st_size  # closing checkpoints the WAL into the file
        base = baseline(records, Path(tmp) / "baseline.db")
    added = sum(r.status == "added" for r in results)
    unchanged = sum(r.status == "unchanged" for r in repeat)
    failed = [r for r in results if r.status == "failed"]
    if failed or added != args.articles:
        # Figures over a batch that did not go in would measure the failure, not ingest.
        for result in failed[:5]:
            print(f"failed: {result.source}: {result.reason}", file=sys.stderr)
        sys.exit(f"only {added} of {args.articles} articles were added; no figures")
    rate, base_rate = args.articles / elapsed, args.articles / base
    print(
        f"corpus:               {args.articles} articles, {paragraphs} paragraphs, {quotes} quotes"
    )
    print(f"newsbot ingest:       {elapsed:.2f} s  {rate:,.0f} articles/s  (added {added})")
    print(
        f"re-ingest (no-op):    {unchanged_elapsed:.2f} s  {args.articles / unchanged_elapsed:,.0f} articles/s  (unchanged {unchanged})"
    )
    print(f"baseline bare insert: {base:.2f} s  {base_rate:,.0f} articles/s")
    print(f"ratio:                newsbot takes {elapsed / base:.1f}x the baseline's time")
    print(f"database size:        {size / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
