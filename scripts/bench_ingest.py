"""Ingest throughput on real-length news, serial and with the extraction pool, against bare inserts.

Prints articles/second end to end (parse, quote extraction, one transaction per article, FTS
kept in step by triggers, search terms synced) for the serial path and for the pool
(store.ingest.pool), the same rows written with executemany into bare tables with no parsing,
no quotes and no index, the ratios, and a check that both paths stored identical rows; then
what one article costs at each step alone on one core (parse, extract, write), and the ceiling
that puts on the cores this machine has.

    .venv/bin/python scripts/bench_ingest.py [--articles 3000] [--polnear] [--workers N]

The generated articles are invented but shaped like real news: about 20 paragraphs and 4,500
characters, nine quotes, named people with roles, surnames, pronouns and reported speech.
--polnear ingests the PolNeAR articles (title and text) straight from their file instead.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.db import open_db
from store.ingest.batch import IngestResult, ingest
from store.ingest.json_records import parse_json_line
from store.ingest.pool import WORKER_NICENESS, PoolPlan, usable_cores
from store.ingest.writing import GroupWriter
from store.quotes.extract import extract_quotes
from store.search.terms import sync_terms

T = TypeVar("T")

POLNEAR = Path("/work/shared/eval/polnear/train_dev.jsonl")

# Every name, place and body below is invented.
FIRST = {
    "he": ["Tomas", "Arvid", "Nikolai", "Bruno", "Kofi", "Hiro", "Dmitar", "Lucas", "Oren"],
    "she": ["Marta", "Ilse", "Priya", "Noor", "Greta", "Yuki", "Selma", "Adaeze", "Liv"],
}
LAST = "Vantrel Oskarsen Delacourt Mbeki Halvorsen Tamura Kovalenko Brightwater Saarinen Quist".split()
ROLES = ["Finance Minister", "Senator", "Governor", "Mayor", "Deputy Prime Minister"]
DESCRIPTIONS = ["the minister", "the senator", "the governor", "the mayor", "the official"]
BODIES = ["the Harbour Council", "the Northern Alliance", "the Ministry of Transport",
          "the Tessel Institute", "the Union of Grain Growers"]
PLACES = ["Varnholm", "Port Aldine", "Eskerby", "Lowmarsh", "Caldera Springs", "Fennwick"]
DAYS = ["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday morning"]
NOUNS = ("budget reform pipeline treaty tariff ceasefire election ruling deficit subsidy "
         "bridge harbour contract inquiry strike vaccine border coalition audit").split()
ADJECTIVES = "new disputed costly long-delayed regional emergency draft federal".split()
VERBS = "approved delayed criticised defended rejected announced questioned revised".split()
VERBS_NOW = "will cost hurts protects threatens helps undermines secures".split()
CUES_AFTER = ["said", "told reporters", "said in a statement", "added", "warned"]
CUES_BEFORE = ["told reporters", "said", "wrote in a letter", "told the chamber"]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    role: str
    pronoun: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class Writer:
    """Invented news of real length and quote density, one article at a time."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def person(self) -> Person:
        pronoun = self.pick(["he", "she"])
        return Person(self.pick(FIRST[pronoun]), self.pick(LAST), self.pick(ROLES), pronoun)

    def clause(self) -> str:
        noun, other = self.pick(NOUNS), self.pick(NOUNS)
        return self.pick([
            f"the {self.pick(ADJECTIVES)} {noun} {self.pick(VERBS_NOW)} every {other} in the region",
            f"the government had {self.pick(VERBS)} the {noun} without consulting {self.pick(BODIES)}",
            f"{self.pick(PLACES)} would need another {self.rng.randint(2, 90)} million for the {noun}",
            f"nobody had yet explained who would pay for the {self.pick(ADJECTIVES)} {noun}",
        ])

    def sentence(self) -> str:
        return self.clause()[0].upper() + self.clause()[1:] + "."

    def narration(self) -> str:
        noun = self.pick(NOUNS)
        return (
            f"{self.pick(BODIES).capitalize()} {self.pick(VERBS)} the {self.pick(ADJECTIVES)} "
            f"{noun} {self.pick(DAYS)} in {self.pick(PLACES)}, after {self.clause()}. "
            f"The {noun} has been debated since {self.rng.randint(2001, 2023)}, and {self.clause()}."
        )

    def quote(self, cast: list[Person], last: Person) -> tuple[str, Person]:
        speaker = self.pick(cast) if self.rng.random() < 0.4 else last
        words = f"{self.sentence()} {self.sentence()}"
        form = self.rng.randrange(5)
        if form == 0:
            text = f"\u201c{words[:-1]},\u201d {speaker.last} {self.pick(CUES_AFTER)}."
        elif form == 1:
            text = f"\u201c{words[:-1]},\u201d {speaker.pronoun} {self.pick(CUES_AFTER)}. {self.sentence()}"
        elif form == 2:
            text = f"{speaker.name} {self.pick(CUES_BEFORE)}: \u201c{words}\u201d"
        elif form == 3:
            text = f"\u201c{words[:-1]},\u201d said {self.pick(DESCRIPTIONS)}, who {self.pick(VERBS)} the plan."
        else:
            text = f"{speaker.last} said {self.clause()}, adding that {self.clause()}."
        return text, speaker

    def article(self, index: int) -> dict[str, object]:
        cast = [self.person() for _ in range(self.rng.randint(2, 4))]
        lead = cast[0]
        paragraphs = [
            f"{self.pick(PLACES).upper()} \u2014 {lead.role} {lead.name} said {self.pick(DAYS)} "
            f"that {self.clause()}, as {self.pick(BODIES)} {self.pick(VERBS)} the {self.pick(NOUNS)}."
        ]
        last = lead
        for _ in range(self.rng.randint(16, 24)):
            chance = self.rng.random()
            if chance < 0.45:
                text, last = self.quote(cast, last)
            elif chance < 0.55:
                newcomer = self.pick(cast)
                text = f"{newcomer.name}, a {newcomer.role.lower()} from {self.pick(PLACES)}, {self.pick(VERBS)} the plan. {self.sentence()}"
                last = newcomer
            elif chance < 0.62:
                text = f"According to {self.pick(BODIES)}, {self.clause()}. {self.sentence()}"
            else:
                text = self.narration()
            paragraphs.append(text)
        return {
            "title": f"{self.pick(NOUNS).capitalize()} {self.pick(VERBS)} as {lead.last} warns of {self.pick(NOUNS)} #{index}",
            "text": "\n\n".join(paragraphs),
            "url": f"https://news.example/{index}",
            "published": f"2024-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}",
            "source": "Example Wire",
        }


@dataclass(frozen=True)
class Run:
    seconds: float
    results: list[IngestResult]
    rows: dict[str, list[tuple[object, ...]]]
    load: float  # the machine's load (1 minute) as the run began


# Every stored row but the clock's: the pool must store what the serial path stores.
DUMPS = {
    "articles": "SELECT id, url, content_hash, title, subtitle, source, published, place, author "
    "FROM articles ORDER BY id",
    "paragraphs": "SELECT * FROM paragraphs ORDER BY id",
    "quotes": "SELECT * FROM quotes ORDER BY id",
    "speakers": "SELECT * FROM speakers ORDER BY id",
    "speaker_names": "SELECT * FROM speaker_names ORDER BY speaker_id, article_id, name",
}


def timed_ingest(source: Path, db_path: Path, plan: PoolPlan) -> Run:
    db = open_db(db_path)
    load = os.getloadavg()[0]
    start = time.perf_counter()
    results = ingest(db, [str(source)], pool=plan)
    seconds = time.perf_counter() - start
    rows = {table: [tuple(row) for row in db.execute(sql).fetchall()] for table, sql in DUMPS.items()}
    db.close()
    return Run(seconds, results, rows, load)


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
                "INSERT INTO a (title, url) VALUES (?, ?)", [record["title"], record.get("url")]
            )
            paragraphs = str(record["text"]).split("\n\n")
            conn.executemany(
                "INSERT INTO p (a, pos, text) VALUES (?, ?, ?)",
                [(cursor.lastrowid, i, text) for i, text in enumerate(paragraphs)],
            )
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


@dataclass(frozen=True)
class Costs:
    """Milliseconds one article costs at each step, on one core: where the time goes."""

    parse: float
    extract: float
    write: float
    cpu: tuple[float, float, float]  # the same steps in CPU time, which neighbours barely change

    @property
    def ceiling(self) -> float:
        """Articles/s with every core busy and nothing lost to hand-over."""
        return usable_cores() * 1000 / (self.parse + self.extract + self.write)

    @property
    def cpu_ceiling(self) -> float:
        """The same ceiling from CPU time: what idle cores would give."""
        return usable_cores() * 1000 / sum(self.cpu)


def step_costs(lines: list[str], path: Path, sample: int = 300) -> Costs:
    """Each step alone over a sample: parsing, quote extraction, and the writer (ingest's
    GroupWriter: a group of articles per transaction into a fresh store, terms synced)."""
    chosen = lines[:: max(1, len(lines) // sample)]
    cpu = [time.process_time()]
    start = time.perf_counter()
    articles = [parse_json_line(line) for line in chosen]
    parsed = time.perf_counter()
    cpu.append(time.process_time())
    attributions = []
    for article in articles:
        assert not isinstance(article, Exception)
        attributions.append(extract_quotes(article))
    extracted = time.perf_counter()
    cpu.append(time.process_time())
    db = open_db(path)
    # The writer ingest uses (a group of articles per transaction), handed the quotes found.
    found = {id(article): attribution for article, attribution in zip(articles, attributions, strict=True)}
    writer = GroupWriter(db, tell=lambda result: None)
    for number, article in enumerate(articles):
        assert not isinstance(article, Exception)
        writer.add(str(number), article, lambda a: found[id(a)])
    writer.flush()
    sync_terms(db)
    written = time.perf_counter()
    cpu.append(time.process_time())
    db.close()
    ms = 1000 / len(chosen)
    return Costs(
        (parsed - start) * ms, (extracted - parsed) * ms, (written - extracted) * ms,
        ((cpu[1] - cpu[0]) * ms, (cpu[2] - cpu[1]) * ms, (cpu[3] - cpu[2]) * ms),
    )


def checked(run: Run, name: str, expected: int) -> None:
    failed = [r for r in run.results if r.status == "failed"]
    if failed or len(run.results) != expected:
        # Figures over a batch that did not go in would measure the failure, not ingest.
        for result in failed[:5]:
            print(f"failed: {result.source}: {result.reason}", file=sys.stderr)
        sys.exit(f"{name}: {len(failed)} of {len(run.results)} articles failed; no figures")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000, help="generated articles")
    parser.add_argument("--polnear", action="store_true", help="ingest PolNeAR's articles instead")
    parser.add_argument("--workers", type=int, default=usable_cores(), help="extraction workers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.polnear:
            corpus = POLNEAR  # read where it lies: its text is never copied
            lines = corpus.read_text(encoding="utf-8").splitlines()
        else:
            writer = Writer(seed=7)
            lines = [json.dumps(writer.article(i)) for i in range(args.articles)]
            corpus = folder / "corpus.jsonl"
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        records = [json.loads(line) for line in lines]
        serial = timed_ingest(corpus, folder / "serial.db", PoolPlan(workers=1))
        pooled = timed_ingest(corpus, folder / "pooled.db", PoolPlan(workers=args.workers))
        db = open_db(folder / "pooled.db")
        again = time.perf_counter()
        repeat = ingest(db, [str(corpus)], pool=PoolPlan(workers=args.workers))
        unchanged_seconds = time.perf_counter() - again
        db.close()
        base = baseline(records, folder / "baseline.db")
        size = (folder / "pooled.db").stat().st_size  # closing checkpoints the WAL into the file
        costs = step_costs(lines, folder / "steps.db")
    for run, name in ((serial, "serial"), (pooled, "pool")):
        checked(run, name, len(records))
    report(records, serial, pooled, base, args.workers, unchanged_seconds, repeat, size)
    print(
        f"one article, 1 core:  parse {costs.parse:.2f} ms, extract quotes {costs.extract:.2f} ms, "
        f"write {costs.write:.2f} ms (ceiling with {usable_cores()} cores: "
        f"{costs.ceiling:,.0f} articles/s; extraction alone: "
        f"{usable_cores() * 1000 / costs.extract:,.0f})"
    )
    # Wall-clock figures shrink when other processes share the cores; CPU time much less.
    parse, extract, write = costs.cpu
    print(
        f"the same in CPU time: parse {parse:.2f} ms, extract quotes {extract:.2f} ms "
        f"({1000 / extract:,.0f} articles/s a core), write {write:.2f} ms (ceiling with "
        f"{usable_cores()} idle cores: {costs.cpu_ceiling:,.0f} articles/s); machine load "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the end of the run"
    )
    if pooled.rows != serial.rows:
        sys.exit("rows differ: the pool stored something the serial path did not")


def report(
    records: list[dict[str, object]],
    serial: Run,
    pooled: Run,
    base: float,
    workers: int,
    unchanged_seconds: float,
    repeat: list[IngestResult],
    size: int,
) -> None:
    count = len(records)

    def rate(seconds: float) -> str:
        return f"{count / seconds:,.0f} articles/s"

    chars = sum(len(str(r["text"])) for r in records) / count
    same = all(pooled.rows[table] == serial.rows[table] for table in DUMPS)
    counts = ", ".join(f"{len(rows)} {table}" for table, rows in pooled.rows.items())
    print(f"corpus:               {count} articles of {chars:,.0f} characters on average")
    print(f"rows:                 {counts}")
    print(f"serial ingest:        {serial.seconds:.2f} s  {rate(serial.seconds)}  (load {serial.load:.1f})")
    print(f"pool ingest:          {pooled.seconds:.2f} s  {rate(pooled.seconds)}  ({workers} workers, "
          f"load {pooled.load:.1f})")
    if max(serial.load, pooled.load) >= usable_cores():
        # Niced, the workers yield the cores to every other process: on a busy machine the
        # pool's rate is what the neighbours leave, not what the pool can do.
        print(f"busy machine:         load {max(serial.load, pooled.load):.1f} on {usable_cores()} cores and "
              f"workers at niceness +{WORKER_NICENESS}: the pool's figures measure the neighbours")
    print(f"re-ingest (no-op):    {unchanged_seconds:.2f} s  {rate(unchanged_seconds)}  "
          f"(unchanged {sum(r.status == 'unchanged' for r in repeat)})")
    print(f"baseline bare insert: {base:.2f} s  {rate(base)}")
    print(f"ratio:                pool {serial.seconds / pooled.seconds:.2f}x as fast as serial; "
          f"serial takes {serial.seconds / base:.0f}x, pool {pooled.seconds / base:.0f}x the baseline's time")
    print(f"same rows:            {'yes' if same else 'NO'} (articles, paragraphs, quotes, speakers, speaker_names)")
    print(f"database size:        {size / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
