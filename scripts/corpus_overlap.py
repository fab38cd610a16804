"""List the repository's lines that repeat the PolNeAR corpus, which must never be copied in.

Two kinds of hit: a line of a tracked .py/.md file sharing a run of 6+ words with a corpus
article, and a word of the code that is the surname of a corpus speaker quoted 3+ times.
Reads the corpus in place (the default path is scripts/bench_quotes.py's); prints nothing
else, and exits 0 with a note when the corpus is absent.

    python scripts/corpus_overlap.py [--corpus PATH] [--run 6] [--min-quotes 3]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / ".." / "shared" / "eval" / "polnear" / "train_dev.jsonl"
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")
_NAME = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+\b")  # Latin-1 letters too: "Bérard"

# Last words of corpus speakers that are ordinary words, places or first names the code
# needs for its own reasons (parties, institutions, states, outlets named by a common word),
# and the most common English surnames, which invented fixtures pick (Tomas Berg, Ian Dunn):
# a hit on them says nothing about copying.
ALLOWED = frozenset(
    """
    They Will From Small Another Republican Republicans Democratic Democrat Congress Committee
    Council Board Foundation Security Nation Transcript Partial Twitter Reuters Politico
    Guardian News Post Journal Department House American Cuban Vermont Maryland Israel Madison
    Washington Carolina Jersey York Hampshire Florida Wisconsin Jordan Scott Paul James John
    David Michael Kevin Jack Frank Henry Anthony Berg Dunn Smith Carr Gale Brown West Reed
    Kelly Warren Shaw Ross Baker Ash Dean Elias Carter King Green Stone Golden Jones Johnson
    Jun
    """.split()
)


@dataclass(frozen=True)
class Hit:
    """One repository line that repeats the corpus, and why."""

    path: str
    line_no: int
    why: str
    line: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line_no}: [{self.why}] {self.line.strip()[:160]}"


def words(text: str) -> list[str]:
    """The lowercased words of a text, apostrophes folded to one kind."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def corpus_runs(records: list[dict[str, object]], run: int) -> set[tuple[str, ...]]:
    """Every run of `run` consecutive words of every corpus article."""
    runs: set[tuple[str, ...]] = set()
    for record in records:
        ws = words(str(record["text"]))
        runs.update(tuple(ws[i : i + run]) for i in range(len(ws) - run + 1))
    return runs


def quoted_surnames(records: list[dict[str, object]], min_quotes: int) -> set[str]:
    """The surnames of full-named corpus speakers quoted `min_quotes`+ times, minus words."""
    counts: Counter[str] = Counter()
    for record in records:
        for quote in record["quotes"]:  # type: ignore[attr-defined]
            names = _NAME.findall(str(quote.get("speaker") or ""))
            if len(names) >= 2:  # "He", "The Times": a pronoun or outlet, not a person
                counts[names[-1]] += 1
    lowered = Counter(w for record in records for w in _WORD.findall(str(record["text"])))
    return {
        name
        for name, n in counts.items()
        if n >= min_quotes and name not in ALLOWED and lowered[name] > lowered[name.lower()]
    }


def tracked_files() -> list[Path]:
    """The repository's tracked .py and .md files."""
    listing = subprocess.run(
        ["git", "ls-files", "*.py", "*.md"], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return [ROOT / name for name in listing.stdout.split()]


def line_hits(
    path: Path, runs: set[tuple[str, ...]], surnames: set[str], run: int
) -> Iterator[Hit]:
    """The lines of one file that share a word run with the corpus or name a quoted speaker."""
    rel = str(path.relative_to(ROOT))
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        ws = words(line)
        shared = [
            ws[i : i + run] for i in range(len(ws) - run + 1) if tuple(ws[i : i + run]) in runs
        ]
        if shared:
            yield Hit(rel, no, f"{run}-word run '{' '.join(shared[0])}'", line)
        named = sorted(set(_NAME.findall(line)) & surnames)
        if named:
            yield Hit(rel, no, "speaker " + ",".join(named), line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--run", type=int, default=6, help="words in a shared run")
    parser.add_argument("--min-quotes", type=int, default=3, help="quotes to count a speaker")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found at {args.corpus}: nothing to check")
        return 0
    with args.corpus.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    runs = corpus_runs(records, args.run)
    surnames = quoted_surnames(records, args.min_quotes)
    kinds: Counter[str] = Counter()
    for path in tracked_files():
        for hit in line_hits(path, runs, surnames, args.run):
            kinds["speaker" if hit.why.startswith("speaker") else "run"] += 1
            print(hit)
    print(f"{kinds['run']} lines with a word run, {kinds['speaker']} lines naming a speaker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
