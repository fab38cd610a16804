"""Benchmark of answering Russian questions at scale (a script, not a timed test).

The corpus of scripts/bench_answers.py (its builders, imported), in an invented inflecting
language written in Cyrillic: each word is a stem with a case ending, and a question asks
with other endings than the quote has, and a typo or two. After the bulk load the rows are
stemmed into the Russian index (timed). Then, in this one process: p50/p95 and top-1 of
who-said, speaker and search questions, and the obvious baseline on the same who-said
questions: a rapidfuzz scan over every quote.

    .venv/bin/python scripts/bench_answers_ru.py                  # 100k articles, 1M paragraphs
    .venv/bin/python scripts/bench_answers_ru.py --articles 10000 # quick look
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bench_answers as base
from sqlite_utils import Database

from store.db import open_db

# Case endings the stems take; Snowball removes each of them from a consonant-final stem.
ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ами", "ах", "ой", "ам")
CONSONANTS = "бвгджзклмнпрстфхц"
VOWELS = "аеиоу"


def russian_vocabulary(rng: random.Random, size: int) -> list[str]:
    """Distinct consonant-final stems; the most frequent are the shortest, as in real text."""
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        rank = len(words)
        syllables = 1 if rank < 150 else 2 if rank < 3000 else rng.choice((2, 3, 3, 4))
        word = "".join(rng.choice(CONSONANTS) + rng.choice(VOWELS) for _ in range(syllables))
        word += rng.choice(CONSONANTS)
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class InflectingLanguage(base.Language):
    """The benchmark's Zipf text, each word given a random case ending."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        self.words = russian_vocabulary(rng, size)
        self.cum = list(accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(size)))

    def sentence(self, n: int) -> str:
        stems = self.rng.choices(self.words, cum_weights=self.cum, k=n)
        return " ".join(stem + self.rng.choice(ENDINGS) for stem in stems)


def build(path: Path, sizes: base.Sizes, seed: int) -> dict[str, object]:
    """bench_answers.build over the inflecting language, then every row stemmed (timed)."""
    from store.search import sync_stems

    base.Language = InflectingLanguage  # type: ignore[misc]  # build() makes one by this name
    load = base.build(path, sizes, seed)
    db = open_db(path)
    started = time.perf_counter()
    # The bulk load dropped the triggers that queue rows for stemming: queue them all now.
    with db.atomic():
        for table in ("quotes", "paragraphs"):
            db.execute(
                f"INSERT OR IGNORE INTO stems_pending (tbl, id) SELECT ?, id FROM {table}", [table]
            )
    sync_stems(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    load["stem_s"] = round(time.perf_counter() - started, 1)
    db.close()
    return load


def reinflect(rng: random.Random, word: str) -> str:
    """The same stem with another ending: the question's form of the quote's word."""
    stem = word
    for ending in sorted(ENDINGS, key=len, reverse=True):
        if ending and word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            break
    return stem + rng.choice(ENDINGS)


def noisy(rng: random.Random, quote: str) -> str:
    """A fragment of 5-10 words, half of them in another case, with 1-2 typos."""
    words = quote.lower().split()
    size = rng.randint(5, min(10, len(words)))
    start = rng.randrange(len(words) - size + 1)
    fragment = [reinflect(rng, w) if rng.random() < 0.5 else w for w in words[start : start + size]]
    for _ in range(rng.randint(1, 2)):
        long = [i for i, w in enumerate(fragment) if len(w) >= 5]
        if long:
            i = rng.choice(long)
            fragment[i] = _typo(rng, fragment[i])
    return " ".join(fragment)


def _typo(rng: random.Random, word: str) -> str:
    at = rng.randrange(1, len(word))
    letter = rng.choice(CONSONANTS + VOWELS)
    edit = rng.choice(("sub", "del", "ins", "swap"))
    if edit == "sub":
        return word[:at] + letter + word[at + 1 :]
    if edit == "del":
        return word[:at] + word[at + 1 :]
    if edit == "swap" and at < len(word) - 1:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + letter + word[at:]


def make_questions(db: Database, counts: dict[str, int], n: int, seed: int) -> dict[str, list[dict[str, str]]]:
    rng = random.Random(seed + 1)
    who = []
    for qid in rng.sample(range(1, counts["quotes"] + 1), n):
        (text,) = db.execute("SELECT text FROM quotes WHERE id = ?", [qid]).fetchone()
        who.append({"quote": text, "words": noisy(rng, text)})
    speaker = []
    for sid in rng.sample(range(1, counts["speakers"] + 1), min(n // 2, counts["speakers"])):
        row = db.execute(
            "SELECT s.name, q.text FROM quotes q JOIN speakers s ON s.id = q.speaker_id "
            "WHERE s.id = ? LIMIT 1",
            [sid],
        ).fetchone()
        if row:
            name, text = row
            topic = reinflect(rng, max(text.split(), key=len).lower())
            speaker.append({"speaker": name, "question": f"что сказал {name} о {topic}?"})
    search = []
    for pid in rng.sample(range(1, counts["paragraphs"] + 1), n // 2):
        (text,) = db.execute("SELECT text FROM paragraphs WHERE id = ?", [pid]).fetchone()
        body = text.split('," ')[0].lower().strip('."')
        words = sorted(set(body.replace(",", "").split()), key=len)[-4:]
        asked = " ".join(reinflect(rng, w) for w in rng.sample(words, 3))
        search.append({"paragraph": text, "question": "/search " + asked})
    return {"who_said": who, "speaker": speaker, "search": search}


def measure(db: Database, questions: dict[str, list[dict[str, str]]]) -> dict[str, object]:
    from handlers.answer import answer_question

    # The stemmer, the name analyser's dictionaries (~0.2 s) and the index's first pages.
    answer_question(db, "кто сказал привет")
    answer_question(db, "что сказал Иван Петров о погоде?")
    report: dict[str, object] = {}
    checks = {
        "who_said": lambda q, a: bool(a.hits) and a.hits[0].quote == q["quote"],
        "speaker": lambda q, a: bool(a.hits) and a.hits[0].speaker == q["speaker"],
        "search": lambda q, a: bool(a.hits) and a.hits[0].paragraph == q["paragraph"],
    }
    for kind, check in checks.items():
        report[kind], _ = base.time_answers(
            db, questions[kind], lambda q: q.get("question") or f"кто сказал {q['words']}", check
        )
    texts = base._scan_texts(db)
    asked = [(str(q["words"]), q["quote"]) for q in questions["who_said"][:100]]
    report["baseline_scan"] = base.scan_baseline(texts, asked)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/newsbot-bench-ru.db")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--reuse", action="store_true", help="keep an existing corpus")
    args = parser.parse_args()
    path = Path(args.db)
    sizes = base.Sizes(args.articles, 10, 3, max(50, args.articles // 30), 50_000)
    if not (args.reuse and path.exists()):
        print(f"building {sizes.articles:,} articles at {path} ...", file=sys.stderr)
        Path(f"{path}.load.json").write_text(json.dumps(build(path, sizes, args.seed)))
    load = json.loads(Path(f"{path}.load.json").read_text())
    db = open_db(path)
    questions = make_questions(db, load["counts"], args.questions, args.seed)
    result = measure(db, questions)
    print_report(load, result)
    return 0


def print_report(load: dict[str, object], result: dict[str, object]) -> None:
    counts = load["counts"]
    assert isinstance(counts, dict)
    print(
        f"corpus: {counts['articles']:,} articles, {counts['paragraphs']:,} paragraphs, "
        f"{counts['quotes']:,} quotes (inflecting Cyrillic); load {load['total_s']} s, "
        f"stemming {load['stem_s']} s"
    )
    for kind in ("who_said", "speaker", "search", "baseline_scan"):
        s = result[kind]
        assert isinstance(s, dict)
        cpu = (
            f"  (CPU {s['cpu_median_ms']:.2f} / {s['cpu_p95_ms']:.2f} ms)"
            if "cpu_p95_ms" in s
            else ""
        )
        print(
            f"  {kind:14} n={s['n']:<4} p50 {s['median_ms']:7.2f} ms  p95 {s['p95_ms']:7.2f} ms"
            f"  top-1 {s['top1']:.3f}{cpu}"
        )
    ours, scan = result["who_said"], result["baseline_scan"]
    assert isinstance(ours, dict) and isinstance(scan, dict)
    print(
        f"  who-said vs scan: {scan['median_ms'] / ours['median_ms']:.0f}x faster at p50, "
        f"{scan['p95_ms'] / ours['p95_ms']:.0f}x at p95"
    )


if __name__ == "__main__":
    raise SystemExit(main())
