"""One sha256 over everything quote extraction returns for every PolNeAR article.

A speed change to store/quotes must leave this digest byte-identical: every field of every
quote, speaker and mentioned person goes into it (dataclass reprs, floats written exactly).
Articles are built twice, the way ingest builds them (store.ingest.json_records) and the way
scripts/bench_quotes.py does (blocks keeping their offsets), since the two split paragraphs
differently; invented bench_ingest articles are added with --generated N. Also prints
extraction articles/s on one core (CPU time).

    .venv/bin/python scripts/extraction_digest.py [PATH] [--generated 300] [--profile FILE]
        [--repeat N]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from store.errors import SourceError  # noqa: E402
from store.ingest.json_records import parse_json_line  # noqa: E402
from store.models import Article, Attribution  # noqa: E402
from store.quotes.extract import extract_quotes  # noqa: E402

POLNEAR = Path("/work/shared/eval/polnear/train_dev.jsonl")
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")  # bench_quotes' paragraph blocks


def ingest_article(line: str) -> Article:
    article = parse_json_line(line)
    if isinstance(article, SourceError):
        raise article
    return article


def block_article(line: str) -> Article:
    """The article as scripts/bench_quotes.py builds it: title block, then body blocks."""
    text = str(json.loads(line)["text"])
    blocks = [m.group().replace("\n", " ") for m in _BLOCK.finditer(text) if m.group().strip()]
    return Article(title=blocks[0], paragraphs=tuple(blocks[1:]))


def generated_lines(count: int) -> list[str]:
    from bench_ingest import Writer  # the invented articles bench_ingest ingests

    writer = Writer(seed=7)
    return [json.dumps(writer.article(i)) for i in range(count)]


def digest(attributions: list[Attribution]) -> str:
    sha = hashlib.sha256()
    for attribution in attributions:
        sha.update(repr(attribution).encode("utf-8"))
        sha.update(b"\n")
    return sha.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=POLNEAR, help="PolNeAR JSON Lines")
    parser.add_argument("--generated", type=int, default=300, help="invented articles to add")
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the polnear pass")
    parser.add_argument("--repeat", type=int, default=1, help="time each pass N times, keep the best")
    args = parser.parse_args()
    lines = args.path.read_text(encoding="utf-8").splitlines()
    passes = {
        "polnear (ingest paragraphs)": [ingest_article(line) for line in lines],
        "polnear (bench_quotes blocks)": [block_article(line) for line in lines],
        "generated (bench_ingest)": [ingest_article(x) for x in generated_lines(args.generated)],
    }
    whole = hashlib.sha256()
    for name, articles in passes.items():
        profiler = cProfile.Profile() if args.profile and name.startswith("polnear (i") else None
        elapsed = float("inf")
        for _ in range(args.repeat):
            # CPU time, best of the repeats: other processes on the machine slow a run down,
            # never speed it up.
            started = time.process_time()
            if profiler:
                profiler.enable()
            attributions = [extract_quotes(article) for article in articles]
            if profiler:
                profiler.disable()
                profiler.dump_stats(str(args.profile))
            elapsed = min(elapsed, time.process_time() - started)
        quotes = sum(len(a.quotes) for a in attributions)
        one = digest(attributions)
        whole.update(one.encode())
        print(f"{name:<31} {len(articles):>4} articles {quotes:>5} quotes  "
              f"{len(articles) / elapsed:6.0f} articles/s on one core  {one[:16]}")
    print(f"digest {whole.hexdigest()}")


if __name__ == "__main__":
    main()
