"""Answer latency while `newsbot ingest` writes to the same store (a script, not a timed test).

Builds a synthetic store (scripts/bench_answers.py's corpus, default 20,000 articles), then
answers who-said and /search questions the bot's way (answer_question on the process's own
connection, one question every --interval seconds) at rest and while one or more real
`newsbot ingest` processes add real-length articles (scripts/bench_ingest.py's writer,
default 4,000) to the same file. Prints p50/p95/max of both, the ingest's rate, and whether
the search-term table is in step afterwards. Asserts nothing.

    .venv/bin/python scripts/bench_concurrent.py                     # a minute or two
    .venv/bin/python scripts/bench_concurrent.py --baseline 6ec00d2  # and the same with the
                                                                     # code of that commit

--baseline REV measures the same store, articles and questions again with the code of git
revision REV (exported to a temporary folder), and prints the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

# The code measured: this checkout, or (for --baseline) an exported revision.
ROOT = Path(os.environ.get("BENCH_CODE") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Latencies:
    """Milliseconds per answer, summarised."""

    n: int
    p50_ms: float
    p95_ms: float
    max_ms: float

    @staticmethod
    def of(seconds: list[float]) -> Latencies:
        ordered = sorted(seconds) or [0.0]
        return Latencies(
            len(seconds),
            round(statistics.median(ordered) * 1000, 1),
            round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
            round(ordered[-1] * 1000, 1),
        )


# --- preparing the store, the articles and the questions ----------------------------------


def prepare(folder: Path, articles: int, ingest: int, processes: int, seed: int) -> None:
    """The store (store.db), the ingest's JSON Lines files and questions.json in folder."""
    # The other benchmarks' builders; imported here, as they put this checkout first on
    # sys.path, which the measurement of another revision must not see.
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    from bench_answers import Sizes, build, make_questions
    from bench_ingest import Writer

    store = folder / "store.db"
    print(f"building {articles:,} articles ...", file=sys.stderr)
    load = build(store, Sizes(articles, 10, 3, max(50, articles // 30), 50_000), seed)
    asked = make_questions(store, load["counts"], 150, 150, seed)  # type: ignore[arg-type]
    questions = [str(q["question"]) for kind in ("who_said", "search") for q in asked[kind]]
    (folder / "questions.json").write_text(json.dumps(questions))
    writer = Writer(seed)
    share = -(-ingest // processes)
    for process in range(processes):
        indexes = range(process * share, min(ingest, (process + 1) * share))
        lines = [json.dumps(writer.article(index)) for index in indexes]
        (folder / f"ingest{process}.jsonl").write_text("\n".join(lines) + "\n")


# --- measuring (in a fresh process, with the code under ROOT) -----------------------------


def answer_for(db: object, questions: list[str], seconds: float, interval: float) -> list[float]:
    """Latencies of the questions asked one every interval, for (at least) seconds."""
    from handlers.answer import answer_question

    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    index = 0
    while time.perf_counter() < deadline:
        latencies.append(_timed(answer_question, db, questions[index % len(questions)]))
        index += 1
        time.sleep(interval)
    return latencies


def answer_during(
    db: object, questions: list[str], ingests: list[subprocess.Popen[bytes]], interval: float
) -> list[float]:
    """Latencies of the questions asked one every interval until every ingest has exited."""
    from handlers.answer import answer_question

    latencies: list[float] = []
    index = 0
    while any(process.poll() is None for process in ingests):
        latencies.append(_timed(answer_question, db, questions[index % len(questions)]))
        index += 1
        time.sleep(interval)
    return latencies


CPU: list[float] = []  # the answering thread's CPU time of every answer timed, in order


def _timed(answer: object, db: object, question: str) -> float:
    started, cpu = time.perf_counter(), time.thread_time()
    answer(db, question)  # type: ignore[operator]
    CPU.append(time.thread_time() - cpu)
    return time.perf_counter() - started


def start_ingest(store: Path, source: Path) -> subprocess.Popen[bytes]:
    """A real `newsbot ingest` of source into store, with the code under ROOT; its report
    goes to a file beside the source (a pipe nobody reads could fill and stop it)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with source.with_suffix(".log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "--db", str(store), "ingest", str(source)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )


def terms_in_step(db: object) -> bool:
    """Whether search_terms holds exactly the FTS vocabulary's document frequencies."""
    sql = (
        "SELECT count(*) FROM (SELECT tbl, term, df FROM search_terms EXCEPT "
        "SELECT 'paragraphs', term, doc FROM paragraphs_fts_vocab EXCEPT "
        "SELECT 'quotes', term, doc FROM quotes_fts_vocab)"
    )
    other = (
        "SELECT count(*) FROM (SELECT 'paragraphs', term, doc FROM paragraphs_fts_vocab UNION "
        "ALL SELECT 'quotes', term, doc FROM quotes_fts_vocab EXCEPT "
        "SELECT tbl, term, df FROM search_terms)"
    )
    return all(db.execute(q).fetchone()[0] == 0 for q in (sql, other))  # type: ignore[attr-defined]


def measure(folder: Path, rest_seconds: float, interval: float) -> dict[str, object]:
    """At rest, then during the ingest, then the first answers after it."""
    from handlers.answer import answer_question
    from store.db import open_db

    store = folder / "work.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(folder / "store.db", store)
    questions = json.loads((folder / "questions.json").read_text())
    db = open_db(store)
    answer_question(db, questions[0])  # warm: imports, caches, page cache
    rest = answer_for(db, questions, rest_seconds, interval)
    CPU.clear()
    before = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    started = time.perf_counter()
    sources = sorted(folder.glob("ingest*.jsonl"))
    ingests = [start_ingest(store, source) for source in sources]
    during = answer_during(db, questions, ingests, interval)
    during_cpu = list(CPU)
    ingest_s = time.perf_counter() - started
    failed = [
        source.with_suffix(".log").read_text()[-500:]
        for source, process in zip(sources, ingests, strict=True)
        if process.wait() != 0
    ]
    added = db.execute("SELECT count(*) FROM articles").fetchone()[0] - before
    after = [_timed(answer_question, db, q) for q in questions[:20]]
    return {
        "rest": asdict(Latencies.of(rest)),
        "during": asdict(Latencies.of(during)),
        # Wall time far above CPU time is waiting: for a lock, or for a core.
        "during_cpu": asdict(Latencies.of(during_cpu)),
        "after": asdict(Latencies.of(after)),
        "ingest_s": round(ingest_s, 1),
        "added": added,
        "processes": len(sources),
        "failed": failed,
        "terms_in_step": terms_in_step(db),
    }


def measured(folder: Path, code: Path | None, rest: float, interval: float) -> dict[str, object]:
    """measure() in a fresh process (no warm caches), with the code under `code` if given."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if code is not None:
        env["BENCH_CODE"] = str(code)
    command = [sys.executable, __file__, "--measure", str(folder), "--rest", str(rest)]
    command += ["--interval", str(interval)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def exported(revision: str, into: Path) -> Path:
    """The tree of a git revision of this repository, written under into."""
    repo = Path(__file__).resolve().parent.parent
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", revision], capture_output=True, check=True
    ).stdout
    into.mkdir()
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


# --- report -------------------------------------------------------------------------------


def report(name: str, result: dict[str, object]) -> None:
    print(f"{name}:")
    labels = {
        "rest": "at rest",
        "during": "during ingest",
        "during_cpu": "  its CPU time",
        "after": "first after",
    }
    for phase, label in labels.items():
        s = result[phase]
        assert isinstance(s, dict)
        print(
            f"  {label:14} n={s['n']:5}  p50 {s['p50_ms']:8.1f} ms  p95 {s['p95_ms']:8.1f} ms  "
            f"max {s['max_ms']:8.1f} ms"
        )
    added, seconds = int(str(result["added"])), float(str(result["ingest_s"]))
    print(
        f"  ingest: {added:,} articles in {seconds} s ({added / seconds:,.0f}/s) by "
        f"{result['processes']} process(es); terms in step after: "
        f"{'yes' if result['terms_in_step'] else 'NO'}"
    )
    for failure in result["failed"]:  # type: ignore[attr-defined]
        print(f"  an ingest failed: {failure}")


def ratios(ours: dict[str, object], base: dict[str, object]) -> None:
    for key in ("p50_ms", "p95_ms", "max_ms"):
        mine, theirs = ours["during"][key], base["during"][key]  # type: ignore[index]
        print(f"  during ingest {key[:-3]}: baseline / ours = {theirs / max(mine, 0.1):,.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="articles in the store")
    parser.add_argument("--ingest", type=int, default=4_000, help="articles the ingest adds")
    parser.add_argument("--processes", type=int, default=1, help="`newsbot ingest` processes")
    parser.add_argument("--interval", type=float, default=0.02, help="seconds between questions")
    parser.add_argument("--rest", type=float, default=10.0, help="seconds of answering at rest")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--baseline", metavar="REV", help="also measure git revision REV's code")
    parser.add_argument("--measure", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure), args.rest, args.interval)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        prepare(folder, args.articles, args.ingest, args.processes, args.seed)
        print("measuring this checkout ...", file=sys.stderr)
        ours = measured(folder, None, args.rest, args.interval)
        base = None
        if args.baseline:
            print(f"measuring {args.baseline} ...", file=sys.stderr)
            code = exported(args.baseline, folder / "baseline-code")
            base = measured(folder, code, args.rest, args.interval)
    print(
        f"store: {args.articles:,} articles; questions: who-said and /search, one every "
        f"{args.interval * 1000:.0f} ms; {os.cpu_count()} cores (shared: other work may run)"
    )
    report("this checkout", ours)
    if base is not None:
        report(f"baseline {args.baseline}", base)
        ratios(ours, base)
    return 0


if __name__ == "__main__":
    sys.exit(main())
